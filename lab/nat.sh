#!/bin/bash
# The nat fixture, end to end (see lab/lib.sh for how it runs and reports):
#
#   guest ns             host ns (this one)                          lan ns                    internet ns
#   eth0 GUEST_MAC ~~~~ tap0 ─ br0 172.16.1.1/24   UPLINK ── veth ── ap0 ─ lan0 192.168.1.1   wan0 ── eth0 198.51.100.1
#   (tapwire, QEMU's      dnsmasq (rendered)       (DHCP)                  dnsmasq (LAN)                (no route to
#    stand-in)                                                                                      172.16.1.0/24)
#
# The host applies the rendered files as a Debian host would: sysctl -p of
# etc/sysctl.d/90-netgen.conf, ifup -a of etc/network/interfaces (tap0, then br0,
# whose post-up runs etc/netgen/iptables.sh start br0, and the uplink, auto: DHCP
# from the LAN's router), and two dnsmasq side by side:
# the admin's own, as the package ships it (DNS on port 53 of every interface) with
# the two lines docs/debian.md asks for, and netgen's instance dnsmasq@netgen with
# the options of etc/default/dnsmasq.netgen, as the package's helper starts it. The
# guest takes its lease by DHCP and pings the internet address; internet counts
# where each echo request came from. Then iptables.sh stop br0, the same ping, and
# iptables.sh start br0 again.
#
# Environment: ROOT, WORK (lab/lib.sh); BRIDGE, UPLINK, GUEST_SUBNET; GUEST_TAP and
# GUEST_MAC (from the guest's rendered QEMU arguments); TAP_USER, TAP_GROUP (the
# tap's owner in the model).
set -u
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
F=$ROOT/etc/network/interfaces

lab_start
must lan lan "$UPLINK"
must lan-dhcp lan_dhcp
must sysctl sysctl -p "$ROOT/etc/sysctl.d/90-netgen.conf"
must ip-forward cat /proc/sys/net/ipv4/ip_forward
must ifup timeout -k 2 30 ifup -v -a -i "$F" --state-dir="$WORK/state"
must addresses ip -j addr show
must routes ip -j route show
must nat-rules iptables -w -t nat -S
must filter-rules iptables -w -S
printf 'bind-dynamic\nexcept-interface=%s\n' "$BRIDGE" >"$WORK/stock.conf"
must stock-dnsmasq background stock-dnsmasq dnsmasq -k -C "$WORK/stock.conf" --local-service \
	--pid-file="$WORK/stock-dnsmasq.pid" --log-facility=- --user=root
must stock-dnsmasq-ready poll 10 grep 'started, version' "$WORK/stock-dnsmasq.log"
# What /usr/share/dnsmasq/init-system-common passes for the instance: DNSMASQ_OPTS,
# -l DHCP_LEASE and -I for each DNSMASQ_EXCEPT; the conf file taken from this tree.
# shellcheck source=/dev/null
. "$ROOT/etc/default/dnsmasq.netgen"
must instance-conf test "$DNSMASQ_OPTS" = --conf-file=/etc/dnsmasq.netgen.conf
must dnsmasq background dnsmasq dnsmasq -k --conf-file="$ROOT${DNSMASQ_OPTS#--conf-file=}" -I "$DNSMASQ_EXCEPT" \
	-l "$WORK/leases" --pid-file="$WORK/dnsmasq.pid" --log-facility=- --log-dhcp --user=root
must dnsmasq-ready poll 10 grep 'DHCP, IP range' "$WORK/dnsmasq.log"
must dns-sockets ss -H -lnup 'sport = :53'
must both-running kill -0 "$(cat "$WORK/stock-dnsmasq.pid")" "$(cat "$WORK/dnsmasq.pid")"
step not-the-owner perl "$LAB/tapwire.pl" --attach-as nobody nogroup "$GUEST_TAP"
must the-owner perl "$LAB/tapwire.pl" --attach-as "$TAP_USER" "$TAP_GROUP" "$GUEST_TAP"
must guest guest "$GUEST_TAP" "$GUEST_MAC" "$TAP_USER" "$TAP_GROUP"
must guest-dhcp guest_dhcp
must guest-address guest_address "$(lease ip)/$(lease mask)" "$(lease router)"
must leases cat "$WORK/leases"
uplink_ip=$(address "$UPLINK")
must count count_from "$uplink_ip"
must count-guests count_from "$GUEST_SUBNET"
must ping on guest ping -c 1 -W 2 "$INTERNET"
must counters counters
must nat-stop /etc/netgen/iptables.sh stop "$BRIDGE"
step ping-without-nat on guest ping -c 1 -W 2 "$INTERNET"
must counters-without-nat counters
must nat-start /etc/netgen/iptables.sh start "$BRIDGE"
must ping-again on guest ping -c 1 -W 2 "$INTERNET"

# netgen check on the host as the rendered files left it, then with one thing broken at
# a time, each repaired before the next (lab/lib.sh: check).
broken() {
	local break=$1 repair=$2 rc=0
	eval "$break" || return 1
	check || rc=$?
	eval "$repair" || return 1
	return "$rc"
}
if [ -n "${NETGEN:-}" ]; then
	step bridge-nf-off bridge_nf_off
	must check check
	step check-no-address broken "ip addr del $BRIDGE_CIDR dev $BRIDGE" "ip addr add $BRIDGE_CIDR dev $BRIDGE"
	step check-no-port broken "ip link set $GUEST_TAP nomaster" "ip link set $GUEST_TAP master $BRIDGE"
	step check-flushed-chain broken "iptables -w -F NETGEN_FWD_$BRIDGE" "/etc/netgen/iptables.sh start $BRIDGE"
	step check-docker-drop broken "iptables -w -P FORWARD DROP" ":"
	step check-docker-drop-no-netgen broken "/etc/netgen/iptables.sh stop $BRIDGE" "iptables -w -P FORWARD ACCEPT; /etc/netgen/iptables.sh start $BRIDGE"
	step check-rp-filter-strict broken "sysctl -qw net.ipv4.conf.$UPLINK.rp_filter=1" "sysctl -qw net.ipv4.conf.$UPLINK.rp_filter=0"
	step check-bridge-nf broken "sysctl -qw net.bridge.bridge-nf-call-iptables=1" "sysctl -qw net.bridge.bridge-nf-call-iptables=0"
	step check-second-dnsmasq broken "dnsmasq --port=0 --interface=$BRIDGE --bind-dynamic --dhcp-range=${SECOND_RANGE},1h --pid-file=$WORK/second.pid --dhcp-leasefile=$WORK/second.leases && sleep 0.5" "kill \$(cat $WORK/second.pid)"
	must check-again check
	step check-renamed-nic broken "ip link set $UPLINK down && ip link set $UPLINK name ${UPLINK}9" ":" || :
fi
