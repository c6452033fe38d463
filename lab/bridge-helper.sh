#!/bin/bash
# A bridge whose guests' taps qemu-bridge-helper creates (examples/bridge-helper.yaml),
# end to end (see lab/lib.sh for how it runs and reports):
#
#   guest ns              host ns (this one)                            lan ns                internet ns
#   eth0 GUEST_MAC ~~~~ tapN ─ BRIDGE BRIDGE_CIDR   UPLINK ── veth ── ap0 ─ lan0 (DHCP)   wan0 ── eth0 198.51.100.1
#   (helperwire: the       dnsmasq (rendered),
#    helper makes tapN)    NAT (rendered)
#
# The host boots the rendered files as a Debian host does (sysctl -p, ifup -a, netgen's
# dnsmasq instance): the bridge comes up with no port. /etc/qemu gets netgen's ACL file
# and an admin's bridge.conf that includes it. Then the real qemu-bridge-helper:
# refused on a bridge netgen did not allow; run by QEMU itself from the guest's
# rendered arguments (QEMU parses them, starts paused with no accelerator, and its
# monitor lists the NIC; the helper's tap is a port of BRIDGE while it runs); and run
# as QEMU runs it for a guest namespace (lab/helperwire.py), whose NIC takes its
# reserved address from the rendered dnsmasq and pings the internet through the NAT.
#
# Environment: ROOT, WORK (lab/lib.sh); BRIDGE, UPLINK, GUEST (the guest's name),
# GUEST_MAC, GUEST_IP (its reservation).
set -u
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
F=$ROOT/etc/network/interfaces
ARGS=$ROOT/etc/netgen/qemu/$GUEST.args

# ports BRIDGE: the bridge's ports, one per line.
ports() { ls "/sys/class/net/$1/brif"; }

# has_port BRIDGE: the bridge has a port.
has_port() { [ -n "$(ls "/sys/class/net/$1/brif")" ]; }

# qemu_paused: QEMU with the guest's rendered network arguments, paused (-S) on the
# q35 machine with TCG (no KVM needed), no default devices; its monitor lists the
# network, the tap its helper made is shown as a port of BRIDGE, then QEMU quits.
qemu_paused() {
	# shellcheck disable=SC2046 # the file's words, as the header of the file says to use it
	{
		echo 'info network'
		poll 10 has_port "$BRIDGE" >&2 && echo "ports of $BRIDGE: $(ports "$BRIDGE" | tr '\n' ' ')" >&2
		echo quit
	} | timeout -k 2 30 qemu-system-x86_64 -machine q35,accel=tcg -nodefaults -display none -S \
		-monitor stdio $(sed '/^#/d' "$ARGS") | tr -d '\033' | sed 's/\[[0-9]*[A-Z]//g'
}

lab_start
must lan lan "$UPLINK"
must lan-dhcp lan_dhcp
step bridge-nf-off bridge_nf_off
must sysctl sysctl -p "$ROOT/etc/sysctl.d/90-netgen.conf"
must ifup timeout -k 2 30 ifup -v -a -i "$F" --state-dir="$WORK/state"
must ports-at-boot ports "$BRIDGE"
must dnsmasq netgen_dnsmasq
must acl helper_acl
must other-bridge ip link add brx type bridge
step not-allowed /usr/lib/qemu/qemu-bridge-helper --br=brx --fd=0
step qemu qemu_paused
must ports-after-qemu ports "$BRIDGE"
must guest helper_guest guest "$BRIDGE" "$GUEST_MAC"
must guest-dhcp guest_dhcp
must guest-address guest_address "$(lease ip)/$(lease mask)" "$(lease router)"
must leases cat "$WORK/leases"
must count count_from "$(address "$UPLINK")"
must ping on guest ping -c 1 -W 3 "$INTERNET"
must counters counters
