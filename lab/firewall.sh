#!/bin/bash
# The firewall fixtures, end to end (fixtures/nftables and fixtures/iptables: one
# model, each backend; see lab/lib.sh for how it runs and reports):
#
#   web ns      172.16.1.2 ─┐                                      lan ns                 internet ns
#   client ns   172.16.1.3 ─┴ br0 172.16.1.1 (nat)    eth0 ── veth ── ap0 ─ lan0 192.168.1.1   198.51.100.1
#   sandbox ns  10.10.0.2  ── lab0 10.10.0.1 (isolated)   192.168.1.5     routes back to 10.20.0.0/24 and
#   server ns   10.20.0.2  ── dmz0 10.20.0.1 (routed)                     10.10.0.0/24 via the host
#
# The host is this namespace. Its uplink has a fixed address (the firewall does not
# care how it got it) and the guests are veths (the firewall sees only the bridge).
# The rendered firewall script starts each bridge as its network hook would; a
# table and chains of someone else's are in place first. Then: from the LAN, the
# host's own uplink address port 2222 reaches web's port 22 (a busybox nc
# listener that answers "web"), so does a connection from the host itself, and
# one from client, the second guest on br0, through the host's address (hairpin);
# client reaches the internet; sandbox reaches the host but not the internet, and
# the LAN cannot reach it; server is reached from the LAN by its own address and
# reaches the LAN router from it. Starting twice changes nothing; stopping every
# bridge leaves the ruleset exactly as it was before, and the forward is gone.
#
# Environment: ROOT, WORK (lab/lib.sh); FIREWALL: nftables or iptables, the
# script of ROOT/etc/netgen to run.
set -u
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
trap lab_cleanup EXIT

HOST_IP=192.168.1.5
fw=$WORK/$FIREWALL.sh
# the rules file where this tree has it, not where a host would
sed "s#^rules=.*#rules=$ROOT/etc/netgen/netgen.nft#" "$ROOT/etc/netgen/$FIREWALL.sh" >"$fw"
chmod +x "$fw"

# rules: the whole ruleset of the backend, without counters
rules() {
	if [ "$FIREWALL" = nftables ]; then
		nft list ruleset
	else
		iptables-save | grep -v '^#' | sed 's/ \[[0-9]*:[0-9]*\]$//'
	fi
}

# foreign: rules of someone else's, which the firewall script must leave as they are
foreign() {
	if [ "$FIREWALL" = nftables ]; then
		nft add table ip other &&
			nft 'add chain ip other input { type filter hook input priority 0; policy accept; }' &&
			nft add rule ip other input iifname eth9 drop
	else
		iptables -w -t nat -A PREROUTING -s 10.9.9.0/24 -j ACCEPT &&
			iptables -w -A FORWARD -i eth9 -j DROP
	fi
}

# bridge_up BRIDGE CIDR
bridge_up() {
	ip link add "$1" type bridge && ip addr add "$2" dev "$1" && ip link set "$1" up
}

# member NS BRIDGE CIDR ROUTER: a guest namespace whose eth0 is a veth on BRIDGE
member() {
	netns "$1" &&
		ip link add "$1-p" type veth peer name eth0 netns "$1" &&
		ip link set "$1-p" master "$2" up &&
		on "$1" ip addr add "$3" dev eth0 &&
		on "$1" ip link set eth0 up &&
		on "$1" ip route add default via "$4"
}

# connect NS: from NS (or the host, with -), port 2222 of the host's uplink address
connect() {
	if [ "$1" = - ]; then
		timeout 5 busybox nc -w 3 "$HOST_IP" 2222 </dev/null
	else
		on "$1" timeout 5 busybox nc -w 3 "$HOST_IP" 2222 </dev/null
	fi
}

# same FILE FILE: the two listings are identical
same() { diff -u "$1" "$2"; }

must lan lan eth0
must uplink eval "ip addr add $HOST_IP/24 dev eth0 && ip link set eth0 up && ip route add default via $LAN_ROUTER"
must sysctl sysctl -p "$ROOT/etc/sysctl.d/90-netgen.conf"
must bridge-nf-off bridge_nf_off
must bridges eval "bridge_up br0 172.16.1.1/24 && bridge_up lab0 10.10.0.1/24 && bridge_up dmz0 10.20.0.1/24"
must guests eval "member web br0 172.16.1.2/24 172.16.1.1 && member client br0 172.16.1.3/24 172.16.1.1 &&
	member sandbox lab0 10.10.0.2/24 10.10.0.1 && member server dmz0 10.20.0.2/24 10.20.0.1"
must routes-back eval "on lan ip route add 10.20.0.0/24 via $HOST_IP && on lan ip route add 10.10.0.0/24 via $HOST_IP"
must foreign foreign
rules >"$WORK/before"
must rules-before cat "$WORK/before"
must listener background listener on web busybox nc -ll -p 22 -e /bin/echo web
must listening poll 5 on web ss -Hltn 'sport = :22'
must start eval "'$fw' start br0 && '$fw' start lab0 && '$fw' start dmz0"
rules >"$WORK/started"
must start-again "$fw" start br0
rules >"$WORK/again"
must rules-started cat "$WORK/started"
must started-twice same "$WORK/started" "$WORK/again"
must forward-from-lan connect lan
must forward-from-host connect -
must forward-hairpin connect client
must nat-out on client ping -c 1 -W 2 "$INTERNET"
must isolated-host on sandbox ping -c 1 -W 2 10.10.0.1
step isolated-out on sandbox ping -c 1 -W 2 "$INTERNET"
step isolated-in on lan ping -c 1 -W 2 10.10.0.2
must routed-in on lan ping -c 1 -W 2 10.20.0.2
must routed-out on server ping -c 1 -W 2 "$LAN_ROUTER"
must stop eval "'$fw' stop br0 && '$fw' stop lab0 && '$fw' stop dmz0"
rules >"$WORK/after"
must stopped-as-before same "$WORK/before" "$WORK/after"
step forward-stopped connect lan
:
