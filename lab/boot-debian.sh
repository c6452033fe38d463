#!/bin/bash
# The boot lab for Debian (see lab/lib.sh for how it runs and reports): a rendered tree
# brought up as a Debian host boots it, its state read back, then brought down.
#
#   guest ns              host ns (this one)                     lan ns                      internet ns
#   eth0 GUEST_MAC ~~~~ GUEST_TAP ─ bridges ─ NIC stand-ins ── veth ── apN ─ lan0 LAN_ROUTER   wan0 ── eth0 198.51.100.1
#   (tapwire)                                                          dnsmasq, ping check ON
#
# Boot: sysctl -p of the rendered sysctl.d file (systemd-sysctl), then `ifup -a` as
# networking.service runs it; nothing of the hotplug class (udev) runs: the rendered
# file has none. Then netgen's dnsmasq instance, when the tree has one, as the
# dnsmasq package's helper starts it. Every physical NIC of the model is a veth whose
# far end is a port of the LAN's bridge; the LAN's dnsmasq pings an address before
# offering it (its default), which delays each first offer by 3 s.
# A guest (tapwire on GUEST_TAP) takes its lease (or GUEST_IP) and pings the internet
# address; internet counts where each echo request came from. The guest stops (as a
# host stops its VMs first), `ifdown -a` as networking.service stops, and the state is
# read once more.
#
# Environment: ROOT, WORK, LAN_* (lab/lib.sh); NICS (the model's physical interfaces,
# space-separated), BRIDGES, TAPS; optional: GUEST_TAP, GUEST_MAC, TAP_USER, TAP_GROUP,
# GUEST_HELPER_BRIDGE (instead of GUEST_TAP: the bridge a NIC names, on which
# qemu-bridge-helper makes the guest's tap),
# GUEST_IP and GUEST_ROUTER (a fixed address; else the guest asks by DHCP), GUEST_BRIDGE
# (a routing bridge: the host's route for the guest's packets is read), GUEST_HOST (an
# isolated bridge's address: the guest pings it, and not the internet), COUNT (the
# sources to count in internet, space-separated), DHCP_CLIENT=udhcpc.
set -u
export LAN_PING=yes
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
F=$ROOT/etc/network/interfaces

# nics: the first NIC is lib.sh's LAN uplink; each other one is a veth more into lan0.
nics() {
	local first=1 nic i=1
	for nic in $NICS; do
		if [ "$first" = 1 ]; then
			lan "$nic" || return 1
			first=0
		else
			ip link add "$nic" type veth peer name "ap$i" netns lan &&
				on lan ip link set "ap$i" master lan0 up || return 1
			i=$((i + 1))
		fi
	done
}

# bridges_sysfs: per bridge that exists, its STP timers as sysfs has them (centiseconds) and its ports.
bridges_sysfs() {
	local br port
	for br in $BRIDGES; do
		[ -d "/sys/class/net/$br" ] || continue # autostart: false
		printf '%s stp_state=%s forward_delay=%s hello_time=%s ports=' "$br" \
			"$(cat "/sys/class/net/$br/bridge/stp_state")" \
			"$(cat "/sys/class/net/$br/bridge/forward_delay")" \
			"$(cat "/sys/class/net/$br/bridge/hello_time")"
		# a bridge may have no port (its taps come from qemu-bridge-helper later)
		for port in "/sys/class/net/$br/brif/"*; do [ ! -e "$port" ] || printf '%s,' "${port##*/}"; done
		echo
	done
}

# guest_lease SECONDS: the guest's DHCP (lib.sh) until it holds a lease, at most SECONDS.
guest_lease() {
	local end=$((SECONDS + $1))
	until guest_dhcp; do
		[ "$SECONDS" -lt "$end" ] || return 1
	done
}

# taps_sysfs: per tap that exists, its owner and group as names (sysfs has the numbers).
taps_sysfs() {
	local tap
	for tap in $TAPS; do
		[ -d "/sys/class/net/$tap" ] || continue # its bridge is autostart: false
		echo "$tap owner=$(getent passwd "$(cat "/sys/class/net/$tap/owner")" | cut -d: -f1)" \
			"group=$(getent group "$(cat "/sys/class/net/$tap/group")" | cut -d: -f1)"
	done
}

# stop NAME: end the background process NAME (lib.sh's background).
stop() {
	local entry
	for entry in "${LAB_BACKGROUND[@]}"; do
		if [ "${entry#*:}" = "$1" ]; then
			kill "${entry%%:*}" && wait "${entry%%:*}" 2>/dev/null
		fi
	done
	return 0
}

# guest_route: the host's route for a packet of the guest's to the internet address.
guest_route() {
	local ip
	ip=$(on guest ip -4 -o addr show dev eth0 | sed -n 's/.* inet \([0-9.]*\)\/.*/\1/p')
	ip -j route get "$INTERNET" from "$ip" iif "$GUEST_BRIDGE"
}

state() {
	step "links$1" ip -j -d link show
	step "addresses$1" ip -j addr show
	step "routes$1" ip -j route show
	step "nat-rules$1" iptables -w -t nat -S
	step "nft-rules$1" nft list table inet netgen
	step "filter-rules$1" iptables -w -S
	step "mac-nat-rules$1" ebtables -t nat -L
}

lab_start
must lan nics
must lan-dhcp lan_dhcp
step bridge-nf-off bridge_nf_off
if [ -f "$ROOT/etc/sysctl.d/90-netgen.conf" ]; then
	must sysctl sysctl -p "$ROOT/etc/sysctl.d/90-netgen.conf"
fi
step ifup timeout -k 2 60 ifup -a -v --read-environment -i "$F" --state-dir="$WORK/state"
state ""
step bridges bridges_sysfs
step taps taps_sysfs
step iw cat /run/iw.log
if [ -f "$ROOT/etc/default/dnsmasq.netgen" ]; then
	must dnsmasq netgen_dnsmasq
fi
guest_up=
if [ -n "${GUEST_HELPER_BRIDGE:-}" ]; then
	# a NIC that names a bridge: qemu-bridge-helper makes its tap (lab/helperwire.py)
	must acl helper_acl
	must guest helper_guest guest "$GUEST_HELPER_BRIDGE" "${GUEST_MAC:?}"
	guest_up=helperwire-guest
elif [ -n "${GUEST_TAP:-}" ] && [ -d "/sys/class/net/$GUEST_TAP" ]; then
	must guest guest "$GUEST_TAP" "${GUEST_MAC:?}" "$TAP_USER" "$TAP_GROUP"
	guest_up=tapwire
fi
if [ -n "$guest_up" ]; then
	if [ -n "${GUEST_IP:-}" ]; then
		must guest-address guest_address "$GUEST_IP" "$GUEST_ROUTER"
	else
		must guest-dhcp guest_lease 20
		must guest-address guest_address "$(lease ip)/$(lease mask)" "$(lease router)"
	fi
	if [ -n "${GUEST_BRIDGE:-}" ]; then
		must guest-route guest_route
	fi
	for source in ${COUNT:-}; do
		must "count-$source" count_from "$source"
	done
	if [ -n "${GUEST_HOST:-}" ]; then
		step ping-host on guest ping -c 1 -W 3 "$GUEST_HOST"
	fi
	step ping on guest ping -c 1 -W 3 "$INTERNET"
	must counters counters
	must stop-guest stop "$guest_up"
fi
step ifdown timeout -k 2 60 ifdown -a -v --read-environment --exclude=lo -i "$F" --state-dir="$WORK/state"
state "-after"
