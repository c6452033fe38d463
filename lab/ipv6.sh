#!/bin/bash
# IPv6 for guests behind NAT bridges, end to end (see lab/lib.sh for how it runs and
# reports; Ipv6LabTest reads the steps):
#
#   guest0 ns          host ns (this one)                       lan ns                      internet ns
#   eth0 ~~~~~~~~~~ tap0 ─ br0 fd42:1::1/64 (SLAAC)    UPLINK ── veth ── ap0 ─ lan0 2001:db8:1::1   wan0 ── eth0 2001:db8:ff::1
#   guest1 ns                                                   dnsmasq: DHCP + RAs     (route back to the
#   eth0 ~~~~~~~~~~ tap1 ─ br1 fd42:2::1/64 (DHCPv6)                                   LAN's /64 only)
#
# The host applies the tree in ROOT as a Debian host would (sysctl -p, ifup -a, netgen's
# dnsmasq instance), the uplink learning its IPv6 address and default route from the
# LAN router's advertisements while the host forwards. Then:
#   (a) guest0 takes a SLAAC address in br0's prefix from the host dnsmasq's RAs;
#   (b) guest1 takes its reserved address in br1's prefix by DHCPv6 (ISC dhclient -6,
#       Debian's dhclient-script), and its reserved IPv4 address by DHCP (udhcpc);
#   (c) both reach internet over IPv6 only through NAT66: internet counts the echo
#       requests by source prefix; with br0's rules stopped the request arrives from
#       the ULA and no reply comes back; started again, it works;
#   (d) the uplink keeps its RA default route when forwarding is switched on, with
#       the accept_ra=2 ifup gave it; with accept_ra=1 the same switch loses it.
# Nothing waits a fixed time: each step polls for what it needs, with margins (a
# SLAAC address shows 4-7 s after the guest's link comes up, then is tentative ~1 s
# more, and a tentative address is not used as a source).
#
# Environment: ROOT, WORK (lab/lib.sh); UPLINK; FIREWALL (iptables or nftables: which
# of etc/netgen/iptables.sh and nftables.sh the tree starts the bridges with);
# SLAAC_BRIDGE, SLAAC_TAP, SLAAC_MAC (br0 and its guest's NIC); STATEFUL_BRIDGE,
# STATEFUL_TAP, STATEFUL_MAC (br1); TAP_USER, TAP_GROUP (the taps' owner).
set -u
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
F=$ROOT/etc/network/interfaces

# The LAN's IPv6 side: documentation prefixes (RFC 3849), never routed.
LAN6_PREFIX=2001:db8:1::/64
LAN6_ROUTER=2001:db8:1::1
WAN6_LAN=2001:db8:ff::fe
INTERNET6=2001:db8:ff::1

# lan6: the LAN router (lan, lib.sh) also routes IPv6 and advertises its prefix for
# SLAAC; internet knows the way back to the LAN's prefix only.
lan6() {
	on lan ip addr add "$LAN6_ROUTER/64" dev lan0 &&
		on lan ip addr add "$WAN6_LAN/64" dev wan0 &&
		on lan sysctl -qw net.ipv6.conf.all.forwarding=1 &&
		on internet ip addr add "$INTERNET6/64" dev eth0 &&
		on internet ip -6 route add "$LAN6_PREFIX" via "$WAN6_LAN" &&
		printf 'enable-ra\ndhcp-range=%s,ra-only,64,1h\n' "${LAN6_PREFIX%/*}" >>"$WORK/lan-dnsmasq.conf" &&
		cat "$WORK/lan-dnsmasq.conf"
}

# guest_ns NETNS TAP MAC: a guest namespace (as lib.sh's guest, for more than one),
# its NIC eth0 with MAC wired to the host's TAP by tapwire as TAP_USER:TAP_GROUP.
guest_ns() {
	netns "$1" &&
		on "$1" ip tuntap add dev eth0 mode tap &&
		on "$1" ip link set eth0 address "$3" up &&
		background "tapwire-$1" perl "$LAB/tapwire.pl" "$2" "$1" eth0 "$TAP_USER" "$TAP_GROUP" &&
		poll 5 carrier "$2" && poll 5 carrier "$1" eth0
}

# usable NETNS SCOPE: NETNS's eth0 has an address of SCOPE (global, link) that is no
# longer tentative; prints them.
usable() { on "$1" ip -6 -o addr show dev eth0 scope "$2" -tentative | grep .; }

# router NETNS: NETNS's default route, learned from an advertisement: dhclient may
# hold its lease before the guest has heard one.
router() { on "$1" ip -6 route show default dev eth0 proto ra | grep .; }

# ra_route: the uplink's default route, learned from an advertisement (proto ra).
ra_route() { ip -6 route show default dev "$UPLINK" proto ra | grep .; }

# uplink_global: the uplink's SLAAC address in the LAN's prefix, no longer tentative.
uplink_global() { ip -6 -o addr show dev "$UPLINK" scope global -tentative | grep .; }

# firewall start|stop BRIDGE: the bridge's rules, with the backend the tree uses.
firewall() { "/etc/netgen/$FIREWALL.sh" "$@"; }

# rules6: the IPv6 rules loaded now.
rules6() {
	if [ "$FIREWALL" = nftables ]; then
		nft list ruleset
	else
		ip6tables -w -S && ip6tables -w -t nat -S
	fi
}

# count6 PREFIX: count echo requests from PREFIX arriving on internet.
count6() { on internet ip6tables -w -A INPUT -p ipv6-icmp --icmpv6-type echo-request -s "$1"; }

# counters6: internet's counting rules, "[PACKETS:BYTES] -A INPUT -s PREFIX ...".
counters6() { on internet ip6tables-save -c -t filter | grep -- '-A INPUT'; }

# switch_forwarding: IPv6 forwarding off and on again, as a host that turns it on does.
switch_forwarding() {
	sysctl -w net.ipv6.conf.all.forwarding=0 && sysctl -w net.ipv6.conf.all.forwarding=1
}

# bounce: the uplink down and up again; it solicits its router anew.
bounce() { ip link set "$UPLINK" down && ip link set "$UPLINK" up; }

# no_ra_route: the uplink has no default route at all; prints the routes left.
no_ra_route() {
	ip -6 route show dev "$UPLINK"
	! ip -6 route show default dev "$UPLINK" | grep -q .
}

lab_start
must lan lan "$UPLINK"
must lan6 lan6
must lan-dhcp lan_dhcp
must sysctl sysctl -p "$ROOT/etc/sysctl.d/90-netgen.conf"
must forwarding6 cat /proc/sys/net/ipv6/conf/all/forwarding
must ifup timeout -k 2 40 ifup -v -a -i "$F" --state-dir="$WORK/state"
# (d) the uplink, with forwarding on since before it came up
must uplink-accept-ra cat "/proc/sys/net/ipv6/conf/$UPLINK/accept_ra"
must uplink-route poll 20 ra_route
must uplink-address poll 10 uplink_global
must bridge-addresses ip -6 -o addr show scope global
must rules6 rules6
# netgen's dnsmasq instance, as /usr/share/dnsmasq/init-system-common starts it (nat.sh)
# shellcheck source=/dev/null
. "$ROOT/etc/default/dnsmasq.netgen"
must dnsmasq background dnsmasq dnsmasq -k --conf-file="$ROOT${DNSMASQ_OPTS#--conf-file=}" -I "$DNSMASQ_EXCEPT" \
	-l "$WORK/leases" --pid-file="$WORK/dnsmasq.pid" --log-facility=- --log-dhcp --user=root
must dnsmasq-ready poll 10 grep 'IPv6 router advertisement enabled' "$WORK/dnsmasq.log"
# (a) SLAAC
must guest0 guest_ns guest0 "$SLAAC_TAP" "$SLAAC_MAC"
must slaac-address poll 20 usable guest0 global
must slaac-routes on guest0 ip -6 route show
# (b) stateful DHCPv6: dhclient binds to the link-local address, once it is usable
must guest1 guest_ns guest1 "$STATEFUL_TAP" "$STATEFUL_MAC"
must guest1-link-local poll 10 usable guest1 link
must dhcp6 on guest1 timeout 30 dhclient -6 -1 -v -lf "$WORK/guest1.leases" -pf "$WORK/dhclient6.pid" eth0
must stateful-address poll 10 usable guest1 global
must stateful-router poll 20 router guest1
must stateful-routes on guest1 ip -6 route show
must dhcp4 env LEASE="$WORK/guest.lease" ip netns exec guest1 udhcpc -i eth0 -n -q -f -t 5 -T 1 -s "$LAB/udhcpc-lease.sh"
must leases cat "$WORK/leases"
# (c) NAT66
must count-lan count6 "$LAN6_PREFIX"
must count-slaac count6 fd42:1::/64
must count-stateful count6 fd42:2::/64
must ping-slaac on guest0 ping -6 -c 1 -W 2 "$INTERNET6"
must ping-stateful on guest1 ping -6 -c 1 -W 2 "$INTERNET6"
must counters counters6
must nat-stop firewall stop "$SLAAC_BRIDGE"
step ping-without-nat on guest0 ping -6 -c 1 -W 2 "$INTERNET6"
must counters-without-nat counters6
must nat-start firewall start "$SLAAC_BRIDGE"
must ping-again on guest0 ping -6 -c 1 -W 2 "$INTERNET6"
# (d) forwarding switched on while the uplink holds an RA default route: with
# accept_ra=1 the kernel deletes it at once; with accept_ra=2 it stays. The kernel
# makes that purge once per router it has added, so the uplink goes down and up in
# between and learns its router again.
must accept-ra-1 sysctl -w "net.ipv6.conf.$UPLINK.accept_ra=1"
must switch-lost switch_forwarding
step route-lost no_ra_route
step ping-route-lost on guest0 ping -6 -c 1 -W 2 "$INTERNET6"
must accept-ra-2 sysctl -w "net.ipv6.conf.$UPLINK.accept_ra=2"
must uplink-bounce bounce
must route-back poll 20 ra_route
must switch-kept switch_forwarding
must route-kept ra_route
must uplink-ready poll 10 uplink_global
must ping-route-kept on guest0 ping -6 -c 1 -W 2 "$INTERNET6"
