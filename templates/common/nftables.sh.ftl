#!/bin/sh
[#-- Starts and stops netgen's nftables table (docs/firewall.md). Data: NftablesView. --]
[#list header as line]
# [=line]
[/#list]
#
# Usage: nftables.sh start|stop [BRIDGE]
#   start  load the rules file below with nft -f: netgen's table "inet netgen",
#          every bridge's chains at once, replaced whole in one transaction (a
#          bridge that is down matches none of its rules); running it twice leaves
#          the same rules
#   stop   delete the chains of BRIDGE (ROLE_BRIDGE), and the table with its last
#          chain; with no BRIDGE, the whole table, whatever model loaded it
set -eu

rules=[=v.rulesFile]

# table_listing: the table as nft lists it, or nothing when it is not loaded
table_listing() {
	nft list table inet netgen 2>/dev/null || true
}

# stop_bridge BRIDGE
stop_bridge() {
	for role in pre out post fwd; do
		if table_listing | grep -qFx "	chain ${role}_$1 {"; then
			nft delete chain inet netgen "${role}_$1"
		fi
	done
	# the table goes with its last chain
	if [ -n "$(table_listing)" ] && ! table_listing | grep -q '^	chain '; then
		nft delete table inet netgen
	fi
}

# stop_all: the whole table
stop_all() {
	if [ -n "$(table_listing)" ]; then
		nft delete table inet netgen
	fi
}

# bridge BRIDGE: a bridge with chains in the rules file
bridge() {
	[ "$only" != "$1" ] || found=yes
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
# No bridge of the model has nftables rules; stop still removes the table an
# earlier model loaded.
[/#if]
[#list v.bridges as b]
bridge [=b]
[/#list]

if [ -n "$only" ] && [ "$found" = no ]; then
	if [ "$action" = stop ]; then
		echo "$0: $only is not a bridge with nftables rules in this model; removing any chains of ours it still has" >&2
		stop_bridge "$only"
		exit 0
	fi
	echo "$0: $only is not a bridge with nftables rules in this model" >&2
	exit 2
fi
case "$action" in
start) nft -f "$rules" ;;
stop)
	if [ -n "$only" ]; then
		stop_bridge "$only"
	else
		stop_all
	fi
	;;
esac
