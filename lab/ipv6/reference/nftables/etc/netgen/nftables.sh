#!/bin/sh
# Written by hand for the IPv6 lab (lab/ipv6.sh), as netgen's nftables.sh acts:
# start loads the whole table, stop deletes one bridge's chains (the table with its
# last one).
# Usage: nftables.sh start|stop BRIDGE
set -eu
case "${1:-}" in
start) nft -f /etc/netgen/netgen.nft ;;
stop)
	for role in post fwd; do
		if nft list chain inet netgen "${role}_$2" >/dev/null 2>&1; then
			nft delete chain inet netgen "${role}_$2"
		fi
	done
	if nft list table inet netgen >/dev/null 2>&1 && ! nft list table inet netgen | grep -q '^	chain '; then
		nft delete table inet netgen
	fi
	;;
*)
	echo "usage: $0 start|stop BRIDGE" >&2
	exit 2
	;;
esac
