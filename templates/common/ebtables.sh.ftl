#!/bin/sh
[#-- MAC NAT for each bridge with mac_nat (docs/formats.md; the seed's recipe, fixtures/README.md, done right). Data: EbtablesView. --]
[#list header as line]
# [=line]
[/#list]
#
# Usage: ebtables.sh start|stop [BRIDGE]
#   start  (re)load the rules of BRIDGE, or of every MAC NAT bridge below; running
#          it twice leaves the same rules
#   stop   remove them; with no BRIDGE, also those of bridges that have left the
#          model since they were started (every chain named NETGEN_* is netgen's)
# The access point of a wireless uplink accepts frames from its client's own MAC
# only. So frames leaving through the uplink get the uplink's MAC (ARP included),
# and frames and ARP for a guest's IP get that guest NIC's MAC back. The rules live
# in nat chains of their own, NETGEN_PRE_<bridge> and NETGEN_POST_<bridge>, reached
# by one jump each from PREROUTING and POSTROUTING; no other rule is touched.
set -eu

# own_chain CHAIN BUILTIN: create or empty CHAIN, with exactly one jump to it from
# BUILTIN. ebtables has no portable "check" (-C changes counters), so every jump is
# deleted and one inserted.
own_chain() {
	ebtables -t nat -N "$1" 2>/dev/null || ebtables -t nat -F "$1"
	# user chains default to ACCEPT in ebtables-legacy, RETURN in ebtables-nft
	ebtables -t nat -P "$1" RETURN
	while ebtables -t nat -D "$2" -j "$1" 2>/dev/null; do :; done
	ebtables -t nat -I "$2" -j "$1"
}

# drop_chain CHAIN BUILTIN
drop_chain() {
	while ebtables -t nat -D "$2" -j "$1" 2>/dev/null; do :; done
	ebtables -t nat -F "$1" 2>/dev/null || true
	ebtables -t nat -X "$1" 2>/dev/null || true
}

# uplink_mac UPLINK: its MAC as the kernel reports it, refused unless it is one.
uplink_mac() {
	mac=$(cat "/sys/class/net/$1/address") || exit 1
	case "$mac" in
	00:00:00:00:00:00) ;;
	[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f]:[0-9a-f][0-9a-f])
		echo "$mac"
		return 0
		;;
	esac
	echo "$0: $1 reports no usable MAC address ('$mac')" >&2
	exit 1
}

# start_bridge BRIDGE UPLINK UPLINK_MAC [GUEST_IP=GUEST_MAC ...]
start_bridge() {
	pre="NETGEN_PRE_$1"
	post="NETGEN_POST_$1"
	uplink=$2
	mac=$3
	shift 3
	if [ -z "$mac" ]; then
		mac=$(uplink_mac "$uplink")
	fi
	own_chain "$pre" PREROUTING
	own_chain "$post" POSTROUTING
	ebtables -t nat -A "$post" -o "$uplink" -j snat --to-src "$mac" --snat-arp --snat-target ACCEPT
	for guest in "$@"; do
		ip=${guest%%=*}
		guest_mac=${guest#*=}
		ebtables -t nat -A "$pre" -i "$uplink" -p IPv4 --ip-dst "$ip" -j dnat --to-dst "$guest_mac" --dnat-target ACCEPT
		ebtables -t nat -A "$pre" -i "$uplink" -p ARP --arp-ip-dst "$ip" -j dnat --to-dst "$guest_mac" --dnat-target ACCEPT
	done
}

# stop_bridge BRIDGE
stop_bridge() {
	drop_chain "NETGEN_PRE_$1" PREROUTING
	drop_chain "NETGEN_POST_$1" POSTROUTING
}

# left_behind BRIDGE: say which chains of BRIDGE are still loaded after stop (a rule
# netgen did not write that jumps to one keeps it from being deleted); fails if any.
left_behind() {
	left=""
	! ebtables -t nat -L "NETGEN_PRE_$1" >/dev/null 2>&1 || left="$left NETGEN_PRE_$1"
	! ebtables -t nat -L "NETGEN_POST_$1" >/dev/null 2>&1 || left="$left NETGEN_POST_$1"
	[ -n "$left" ] || return 0
	echo "$0: stop could not remove$left (nat): a rule netgen did not write still jumps to it; delete that rule (ebtables-save shows it) and run stop again" >&2
	return 1
}

# loaded_bridges: the bridges that have chains of ours loaded now, one per line
loaded_bridges() {
	ebtables -t nat -L 2>/dev/null | sed -n \
		-e 's/^Bridge chain: NETGEN_PRE_\([^,]*\),.*/\1/p' \
		-e 's/^Bridge chain: NETGEN_POST_\([^,]*\),.*/\1/p' | sort -u
}

# mac_nat_bridge BRIDGE UPLINK UPLINK_MAC [GUEST_IP=GUEST_MAC ...]: act on it when
# it is the one asked for, or none was. An empty UPLINK_MAC is read from sysfs.
mac_nat_bridge() {
	[ -z "$only" ] || [ "$only" = "$1" ] || return 0
	found=yes
	case "$action" in
	start) start_bridge "$@" ;;
	stop) stop_bridge "$1" ;;
	esac
}

case "${1:-}" in
start | stop) action=$1 ;;
*)
	echo "usage: $0 start|stop [BRIDGE]" >&2
	exit 2
	;;
esac
only=${2:-}
found=no

[#if !v.bridges?has_content]
# No bridge of the model has mac_nat; stop still removes the chains of any bridge an
# earlier model started.
[/#if]
[#list v.bridges as b]
mac_nat_bridge [=b.name] [=b.uplink] [=b.uplinkMac][#list b.guests as g] \
	[=g][/#list]
[/#list]

if [ "$action" = stop ]; then
	# a bridge gone from the model keeps its chains until someone removes them
	if [ -z "$only" ]; then
		loaded_bridges | while read -r bridge; do stop_bridge "$bridge"; done
	elif [ "$found" = no ]; then
		echo "$0: $only is not a MAC NAT bridge of this model; removing any chains of ours it still has" >&2
		stop_bridge "$only"
	fi
	# a chain still loaded now is one stop could not delete
	status=0
	if [ -n "$only" ]; then
		left_behind "$only" || status=1
	else
		for bridge in $(loaded_bridges); do left_behind "$bridge" || status=1; done
	fi
	exit "$status"
elif [ -n "$only" ] && [ "$found" = no ]; then
	echo "$0: $only is not a MAC NAT bridge of this model" >&2
	exit 2
fi
