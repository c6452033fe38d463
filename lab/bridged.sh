#!/bin/bash
# The bridged fixture, end to end (see lab/lib.sh for how it runs and reports):
#
#   guest ns             host ns (this one)                              lan ns                       internet ns
#   eth0 GUEST_MAC ~~~~ tap0 ─┐
#   (tapwire, QEMU's          br0 (DHCP, STP)                            ap0 ─ lan0 192.168.1.1/24   wan0 ── eth0 198.51.100.1
#    stand-in)          PORT ─┘  ──────────── veth ──────────────────────┘      dnsmasq (LAN router)
#
# The host applies etc/network/interfaces with ifup -a as rendered: tap0, then br0
# with PORT and tap0 as ports, STP on, and br0's own address by DHCP from the LAN's
# router, through PORT. The guest, plugged into tap0, takes its lease from the same
# router across br0 and reaches the router and the internet address with no routing
# or NAT on the host: it is on the LAN.
#
# Environment: ROOT, WORK (lab/lib.sh); BRIDGE, PORT (the bridge's physical port);
# GUEST_TAP and GUEST_MAC (from the guest's rendered QEMU arguments); TAP_USER,
# TAP_GROUP (the tap's owner in the model).
set -u
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
F=$ROOT/etc/network/interfaces

lab_start
must lan lan "$PORT"
must lan-dhcp lan_dhcp
must ifup timeout -k 2 30 ifup -v -a -i "$F" --state-dir="$WORK/state"
must addresses ip -j addr show
must routes ip -j route show
must ip-forward cat /proc/sys/net/ipv4/ip_forward
must guest guest "$GUEST_TAP" "$GUEST_MAC" "$TAP_USER" "$TAP_GROUP"
must tap-forwarding poll 10 forwarding "$BRIDGE" "$GUEST_TAP"
must guest-dhcp guest_dhcp
must guest-address guest_address "$(lease ip)/$(lease mask)" "$(lease router)"
must ping-router on guest ping -c 1 -W 2 "$LAN_ROUTER"
must ping-internet on guest ping -c 1 -W 2 "$INTERNET"
must lan-neighbours on lan ip -j neigh show dev lan0
must bridge-fdb bridge -j fdb show br "$BRIDGE"
must lan-leases cat "$WORK/lan-leases"
if [ -n "${NETGEN:-}" ]; then
	step bridge-nf-off bridge_nf_off
	must check check
fi
