#!/bin/sh
# Written by hand for the IPv6 lab (lab/ipv6.sh): the nat bridges' rules, IPv4 as
# netgen renders them and their IPv6 twins in the lines the lab proved (ip6tables,
# the same chains).
# Usage: iptables.sh start|stop BRIDGE
set -eu

# chains TOOL BRIDGE: create or empty the bridge's chains, one jump to each
chains() {
	"$1" -w -t nat -N "NETGEN_POST_$2" 2>/dev/null || "$1" -w -t nat -F "NETGEN_POST_$2"
	"$1" -w -t nat -C POSTROUTING -j "NETGEN_POST_$2" 2>/dev/null || "$1" -w -t nat -I POSTROUTING -j "NETGEN_POST_$2"
	"$1" -w -N "NETGEN_FWD_$2" 2>/dev/null || "$1" -w -F "NETGEN_FWD_$2"
	"$1" -w -C FORWARD -j "NETGEN_FWD_$2" 2>/dev/null || "$1" -w -I FORWARD -j "NETGEN_FWD_$2"
}

# nat TOOL BRIDGE SUBNET UPLINK: masquerade out of UPLINK, forward out and replies in
nat() {
	chains "$1" "$2"
	"$1" -w -t nat -A "NETGEN_POST_$2" -s "$3" ! -d "$3" -o "$4" -j MASQUERADE
	"$1" -w -A "NETGEN_FWD_$2" -o "$2" -d "$3" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
	"$1" -w -A "NETGEN_FWD_$2" -i "$2" -s "$3" -j ACCEPT
	"$1" -w -A "NETGEN_FWD_$2" -i "$2" -o "$2" -j ACCEPT
}

# drop TOOL BRIDGE
drop() {
	while "$1" -w -t nat -D POSTROUTING -j "NETGEN_POST_$2" 2>/dev/null; do :; done
	"$1" -w -t nat -F "NETGEN_POST_$2" 2>/dev/null || true
	"$1" -w -t nat -X "NETGEN_POST_$2" 2>/dev/null || true
	while "$1" -w -D FORWARD -j "NETGEN_FWD_$2" 2>/dev/null; do :; done
	"$1" -w -F "NETGEN_FWD_$2" 2>/dev/null || true
	"$1" -w -X "NETGEN_FWD_$2" 2>/dev/null || true
}

case "${1:-} ${2:-}" in
"start br0") nat iptables br0 172.16.1.0/24 wlan0 && nat ip6tables br0 fd42:1::/64 wlan0 ;;
"start br1") nat iptables br1 172.16.2.0/24 wlan0 && nat ip6tables br1 fd42:2::/64 wlan0 ;;
"stop br0" | "stop br1") drop iptables "$2" && drop ip6tables "$2" ;;
*)
	echo "usage: $0 start|stop br0|br1" >&2
	exit 2
	;;
esac
