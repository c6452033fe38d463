#!/bin/sh
[#-- Each bridge's rules by its mode: nat, routed, isolated; port forwards (docs/firewall.md; libvirt's own-chain pattern). Data: IptablesView. --]
[#list header as line]
# [=line]
[/#list]
#
# Usage: iptables.sh start|stop [BRIDGE]
#   start  (re)load the rules of BRIDGE, or of every bridge below; running it
#          twice leaves the same rules
#   stop   remove them; with no BRIDGE, also those of bridges that have left the
#          model since they were started (every chain named NETGEN_* is netgen's)
# netgen's rules live in chains of their own, NETGEN_POST_<bridge> (nat table) and
# NETGEN_FWD_<bridge> (filter table), reached by one jump each from POSTROUTING and
# FORWARD, and for port forwards NETGEN_PRE_<bridge> and NETGEN_OUT_<bridge> (nat
# table) from PREROUTING and OUTPUT; no other rule is touched. NAT66 of a bridge's
# IPv6 prefixes uses chains of the same names in ip6tables' nat and filter tables.
set -eu

# start_bridge BRIDGE SUBNET UPLINK [FORWARD...]: a nat bridge; its IPv6 chains
# go, and its nat66_bridge line (if any) loads them again
start_bridge() {
	stop_nat66 "$1"
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
	bridge=$1
	subnet=$2
	shift 3
	stop_forwards "$bridge"
	[ $# -eq 0 ] || start_forwards "$bridge" "$subnet" "$@"
}

# nat_chain CHAIN BUILTIN: create or empty CHAIN of the nat table, with one jump
# from BUILTIN
nat_chain() {
	iptables -w -t nat -N "$1" 2>/dev/null || iptables -w -t nat -F "$1"
	iptables -w -t nat -C "$2" -j "$1" 2>/dev/null ||
		iptables -w -t nat -I "$2" -j "$1"
}

# start_forwards BRIDGE SUBNET FORWARD...: each FORWARD is
# PROTO:PORT:GUEST_IP:GUEST_PORT[:HOST_IP]. Connections to PORT of the host (of
# HOST_IP only, when given) go to the guest: arriving from outside (PREROUTING) or
# made by the host itself (OUTPUT); from another guest on the bridge they are
# masqueraded too, so the reply comes back through the host (hairpin).
start_forwards() {
	pre="NETGEN_PRE_$1"
	out="NETGEN_OUT_$1"
	nat_chain "$pre" PREROUTING
	nat_chain "$out" OUTPUT
	bridge=$1
	subnet=$2
	shift 2
	for forward in "$@"; do
		proto=${forward%%:*}
		rest=${forward#*:}
		port=${rest%%:*}
		rest=${rest#*:}
		ip=${rest%%:*}
		rest=${rest#*:}
		to=${rest%%:*}
		from=
		case "$rest" in *:*) from=${rest#*:} ;; esac
		dnat "$pre" "$proto" "$port" "$ip:$to" "$from"
		dnat "$out" "$proto" "$port" "$ip:$to" "$from"
		iptables -w -t nat -A "NETGEN_POST_$bridge" -o "$bridge" -s "$subnet" -d "$ip" \
			-p "$proto" --dport "$to" -m conntrack --ctstate DNAT -j MASQUERADE
		iptables -w -A "NETGEN_FWD_$bridge" -o "$bridge" -d "$ip" \
			-p "$proto" --dport "$to" -m conntrack --ctstate DNAT -j ACCEPT
	done
}

# dnat CHAIN PROTO PORT GUEST_IP:GUEST_PORT [HOST_IP]: to any local address but
# loopback's (which cannot be routed to a guest), or to HOST_IP
dnat() {
	if [ -n "$5" ]; then
		iptables -w -t nat -A "$1" -d "$5" -p "$2" --dport "$3" -j DNAT --to-destination "$4"
	else
		iptables -w -t nat -A "$1" ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL \
			-p "$2" --dport "$3" -j DNAT --to-destination "$4"
	fi
}

# stop_forwards BRIDGE
stop_forwards() {
	for chain in "NETGEN_PRE_$1:PREROUTING" "NETGEN_OUT_$1:OUTPUT"; do
		while iptables -w -t nat -D "${chain#*:}" -j "${chain%%:*}" 2>/dev/null; do :; done
		iptables -w -t nat -F "${chain%%:*}" 2>/dev/null || true
		iptables -w -t nat -X "${chain%%:*}" 2>/dev/null || true
	done
}

# forward_chain BRIDGE: NETGEN_FWD_<bridge> alone, empty, jumped to from FORWARD;
# the nat chains of a bridge that was nat before are removed
forward_chain() {
	stop_all "$1"
	iptables -w -N "NETGEN_FWD_$1"
	iptables -w -I FORWARD -j "NETGEN_FWD_$1"
}

# start_routed BRIDGE SUBNET: forwarded both ways, addresses unchanged
start_routed() {
	forward_chain "$1"
	iptables -w -A "NETGEN_FWD_$1" -i "$1" -s "$2" -j ACCEPT
	iptables -w -A "NETGEN_FWD_$1" -o "$1" -d "$2" -j ACCEPT
	iptables -w -A "NETGEN_FWD_$1" -i "$1" -o "$1" -j ACCEPT
}

# start_isolated BRIDGE SUBNET: guest to guest only; in or out is refused, as
# libvirt's isolated network does (the host itself is reached through INPUT)
start_isolated() {
	forward_chain "$1"
	iptables -w -A "NETGEN_FWD_$1" -i "$1" -o "$1" -j ACCEPT
	iptables -w -A "NETGEN_FWD_$1" -i "$1" -j REJECT
	iptables -w -A "NETGEN_FWD_$1" -o "$1" -j REJECT
}

# start_nat66 BRIDGE UPLINK PREFIX...: masquerade each IPv6 PREFIX of the bridge
# out of UPLINK, and forward its guests out and the replies back in
start_nat66() {
	post="NETGEN_POST_$1"
	fwd="NETGEN_FWD_$1"
	ip6tables -w -t nat -N "$post" 2>/dev/null || ip6tables -w -t nat -F "$post"
	ip6tables -w -t nat -C POSTROUTING -j "$post" 2>/dev/null ||
		ip6tables -w -t nat -I POSTROUTING -j "$post"
	ip6tables -w -N "$fwd" 2>/dev/null || ip6tables -w -F "$fwd"
	ip6tables -w -C FORWARD -j "$fwd" 2>/dev/null ||
		ip6tables -w -I FORWARD -j "$fwd"
	bridge=$1
	uplink=$2
	shift 2
	for prefix in "$@"; do
		ip6tables -w -t nat -A "$post" -s "$prefix" ! -d "$prefix" -o "$uplink" -j MASQUERADE
		ip6tables -w -A "$fwd" -o "$bridge" -d "$prefix" \
			-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
		ip6tables -w -A "$fwd" -i "$bridge" -s "$prefix" -j ACCEPT
	done
	ip6tables -w -A "$fwd" -i "$bridge" -o "$bridge" -j ACCEPT
}

# stop_nat66 BRIDGE: the bridge's ip6tables chains, if any (none without IPv6)
stop_nat66() {
	post="NETGEN_POST_$1"
	fwd="NETGEN_FWD_$1"
	while ip6tables -w -t nat -D POSTROUTING -j "$post" 2>/dev/null; do :; done
	ip6tables -w -t nat -F "$post" 2>/dev/null || true
	ip6tables -w -t nat -X "$post" 2>/dev/null || true
	while ip6tables -w -D FORWARD -j "$fwd" 2>/dev/null; do :; done
	ip6tables -w -F "$fwd" 2>/dev/null || true
	ip6tables -w -X "$fwd" 2>/dev/null || true
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
	for chain in "NETGEN_POST_$1" "NETGEN_PRE_$1" "NETGEN_OUT_$1"; do
		! iptables -w -t nat -S "$chain" >/dev/null 2>&1 || left="$left $chain (nat)"
	done
	! iptables -w -S "NETGEN_FWD_$1" >/dev/null 2>&1 || left="$left NETGEN_FWD_$1 (filter)"
	! ip6tables -w -t nat -S "NETGEN_POST_$1" >/dev/null 2>&1 ||
		left="$left NETGEN_POST_$1 (ip6tables nat)"
	! ip6tables -w -S "NETGEN_FWD_$1" >/dev/null 2>&1 ||
		left="$left NETGEN_FWD_$1 (ip6tables filter)"
	[ -n "$left" ] || return 0
	echo "$0: stop could not remove$left: a rule netgen did not write still jumps to it; delete that rule (iptables-save shows it) and run stop again" >&2
	return 1
}

# stop_all BRIDGE: every chain of ours the bridge has
stop_all() {
	stop_forwards "$1"
	stop_bridge "$1"
	stop_nat66 "$1"
}

# loaded_bridges: the bridges that have chains of ours loaded now, one per line
loaded_bridges() {
	{
		iptables -w -t nat -S 2>/dev/null |
			sed -n -e 's/^-N NETGEN_POST_//p' -e 's/^-N NETGEN_PRE_//p' -e 's/^-N NETGEN_OUT_//p'
		iptables -w -S 2>/dev/null | sed -n 's/^-N NETGEN_FWD_//p'
		ip6tables -w -t nat -S 2>/dev/null | sed -n 's/^-N NETGEN_POST_//p'
		ip6tables -w -S 2>/dev/null | sed -n 's/^-N NETGEN_FWD_//p'
	} | sort -u
}

# selected BRIDGE: whether to act on it (it is the one asked for, or none was)
selected() {
	[ -z "$only" ] || [ "$only" = "$1" ] || return 1
	found=yes
}

# nat_bridge BRIDGE SUBNET UPLINK [FORWARD...]
nat_bridge() {
	selected "$1" || return 0
	case "$action" in
	start) start_bridge "$@" ;;
	stop) stop_all "$1" ;;
	esac
}

# nat66_bridge BRIDGE UPLINK PREFIX...: after the bridge's nat_bridge line
nat66_bridge() {
	selected "$1" || return 0
	case "$action" in
	start) start_nat66 "$@" ;;
	stop) stop_nat66 "$1" ;;
	esac
}

# routed_bridge BRIDGE SUBNET
routed_bridge() {
	selected "$1" || return 0
	case "$action" in
	start) start_routed "$@" ;;
	stop) stop_all "$1" ;;
	esac
}

# isolated_bridge BRIDGE SUBNET
isolated_bridge() {
	selected "$1" || return 0
	case "$action" in
	start) start_isolated "$@" ;;
	stop) stop_all "$1" ;;
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
# No bridge of the model has iptables rules; stop still removes the chains of any
# bridge an earlier model started.
[/#if]
[#list v.bridges as b]
[=b.function] [=b.words]
[/#list]

if [ "$action" = stop ]; then
	# a bridge gone from the model keeps its chains until someone removes them
	if [ -z "$only" ]; then
		loaded_bridges | while read -r bridge; do stop_all "$bridge"; done
	elif [ "$found" = no ]; then
		echo "$0: $only is not a bridge with iptables rules in this model; removing any chains of ours it still has" >&2
		stop_all "$only"
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
	echo "$0: $only is not a bridge with iptables rules in this model" >&2
	exit 2
fi
