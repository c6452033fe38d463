#!/bin/sh
[#-- NAT for each bridge with nat (docs/formats.md; libvirt's own-chain pattern). Data: IptablesView. --]
[#list header as line]
# [=line]
[/#list]
#
# Usage: iptables.sh start|stop [BRIDGE]
#   start  (re)load the rules of BRIDGE, or of every NAT bridge below; running it
#          twice leaves the same rules
#   stop   remove them; with no BRIDGE, also those of bridges that have left the
#          model since they were started (every chain named NETGEN_* is netgen's)
# netgen's rules live in chains of their own, NETGEN_POST_<bridge> (nat table) and
# NETGEN_FWD_<bridge> (filter table), reached by one jump each from POSTROUTING and
# FORWARD; no other rule is touched.
set -eu

# start_bridge BRIDGE SUBNET UPLINK
start_bridge() {
	post="NETGEN_POST_$1"
	fwd="NETGEN_FWD_$1"
	iptables -w -t nat -N "$post" 2>/dev/null || iptables -w -t nat -F "$post"
	iptables -w -t nat -C POSTROUTING -j "$post" 2>/dev/null ||
		iptables -w -t nat -I POSTROUTING -j "$post"
	iptables -w -t nat -A "$post" -s "$2" ! -d "$2" -o "$3" -j MASQUERADE
	iptables -w -N "$fwd" 2>/dev/null || iptables -w -F "$fwd"
	iptables -w -C FORWARD -j "$fwd" 2>/dev/null ||
		iptables -w -I FORWARD -j "$fwd"
	# replies back in, guests out, guest to guest
	iptables -w -A "$fwd" -o "$1" -d "$2" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
	iptables -w -A "$fwd" -i "$1" -s "$2" -j ACCEPT
	iptables -w -A "$fwd" -i "$1" -o "$1" -j ACCEPT
}

# stop_bridge BRIDGE
stop_bridge() {
	post="NETGEN_POST_$1"
	fwd="NETGEN_FWD_$1"
	while iptables -w -t nat -D POSTROUTING -j "$post" 2>/dev/null; do :; done
	iptables -w -t nat -F "$post" 2>/dev/null || true
	iptables -w -t nat -X "$post" 2>/dev/null || true
	while iptables -w -D FORWARD -j "$fwd" 2>/dev/null; do :; done
	iptables -w -F "$fwd" 2>/dev/null || true
	iptables -w -X "$fwd" 2>/dev/null || true
}

# left_behind BRIDGE: say which chains of BRIDGE are still loaded after stop (a rule
# netgen did not write that jumps to one keeps it from being deleted); fails if any.
left_behind() {
	left=""
	! iptables -w -t nat -S "NETGEN_POST_$1" >/dev/null 2>&1 || left="$left NETGEN_POST_$1 (nat)"
	! iptables -w -S "NETGEN_FWD_$1" >/dev/null 2>&1 || left="$left NETGEN_FWD_$1 (filter)"
	[ -n "$left" ] || return 0
	echo "$0: stop could not remove$left: a rule netgen did not write still jumps to it; delete that rule (iptables-save shows it) and run stop again" >&2
	return 1
}

# loaded_bridges: the bridges that have chains of ours loaded now, one per line
loaded_bridges() {
	{
		iptables -w -t nat -S 2>/dev/null | sed -n 's/^-N NETGEN_POST_//p'
		iptables -w -S 2>/dev/null | sed -n 's/^-N NETGEN_FWD_//p'
	} | sort -u
}

# nat_bridge BRIDGE SUBNET UPLINK: act on it when it is the one asked for, or none was.
nat_bridge() {
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
# No bridge of the model has nat; stop still removes the chains of any bridge an
# earlier model started.
[/#if]
[#list v.bridges as b]
nat_bridge [=b.name] [=b.subnet] [=b.uplink]
[/#list]

if [ "$action" = stop ]; then
	# a bridge gone from the model keeps its chains until someone removes them
	if [ -z "$only" ]; then
		loaded_bridges | while read -r bridge; do stop_bridge "$bridge"; done
	elif [ "$found" = no ]; then
		echo "$0: $only is not a NAT bridge of this model; removing any chains of ours it still has" >&2
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
	echo "$0: $only is not a NAT bridge of this model" >&2
	exit 2
fi
