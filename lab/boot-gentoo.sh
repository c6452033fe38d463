#!/bin/bash
# The Gentoo boot lab: boots a rendered Gentoo tree under the real netifrc and OpenRC,
# as PID 1 of its own PID, network, mount and UTS namespaces (BootGentooLabTest starts
# it with unshare --net --mount --uts --pid --fork --kill-child --mount-proc), so that
# whatever it leaves (udhcpc, dnsmasq, tapwire, devices, namespaces, mounts) goes when
# it ends. lab/gentoo-host.sh makes the namespace look like a Gentoo host whose /etc is
# the rendered tree; lab/lib.sh gives the step protocol, the LAN and the internet.
#
#   guest ns (one per guest)  host ns (this one: "Gentoo")                lan ns                    internet ns
#   eth0 GUEST_MAC ~~~~~~~~~ tapN ─ brN ...     UPLINK (veth, named as   ap0 ─ lan0 192.168.1.1   wan0 ── eth0 198.51.100.1
#   (tapwire, QEMU's                            the model's NIC) ────────┘     dnsmasq (DHCP,
#    stand-in)                                                                  ping check on)
#
# Boot = what Gentoo's inittab runs: openrc sysinit, openrc boot, openrc default.
# OpenRC starts exactly what etc/runlevels/default lists and pulls in what those
# services need (the ports through rc_net_BR_need, net through dnsmasq's need). Then
# the state is printed for the test to compare with the model, the guests get their
# network, and "openrc nonetwork" (Gentoo's runlevel without network) stops it all.
# "openrc shutdown" would not: netifrc's stop returns at once while going down
# (keep_network), leaving devices and rules in place.
#
# Environment:
#   ROOT, WORK       the rendered tree; an empty folder (becomes tmpfs)
#   PREFIX           lab/gentoo-prefix.sh's output (netifrc and OpenRC)
#   HOST             the model's host name (udhcpc sends it)
#   UPLINK           the model's physical NIC: a veth whose peer is the LAN's ap0
#   BRIDGES, TAPS    the model's bridges and taps, space-separated
#   TAP_OWNERS       "user:group ..." the taps' owners (lab/gentoo-host.sh adds them)
#   GUESTS           "TAP,MAC,dhcp" or "TAP,MAC,CIDR,ROUTER" per guest NIC, space-separated
#   RESTART_PORT     optional: a bridge port whose service is restarted after the guests'
#                    checks; its bridge must restart with it and take it back
#   PHASES           optional extra boots after the first, space-separated, in this order:
#                    hook-fails: the firewall scripts fail; boot again, the bridge's start
#                      fails and OpenRC says so
#                    uplink-fails: the LAN's DHCP server is gone; boot again, the guests
#                      still get their leases from the host
set -u
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=lab/gentoo-host.sh
. "$LAB/gentoo-host.sh"
: "${ROOT:?}" "${WORK:?}" "${PREFIX:?}" "${HOST:?}" "${UPLINK:?}"
: "${BRIDGES:=}" "${TAPS:=}" "${GUESTS:=}" "${PHASES:=}" "${RESTART_PORT:=}"

# stamp COMMAND...: COMMAND's output, each line prefixed by the seconds since the lab
# started (ms precision, comparable with the LAN's dnsmasq log); exits as COMMAND does.
LAB_T0=$(date +%s.%N)
stamp() {
	"$@" 2>&1 | perl -MTime::HiRes=time -ne "BEGIN { \$| = 1 } printf '[%7.3f] %s', time - $LAB_T0, \$_"
	return "${PIPESTATUS[0]}"
}

# lan_dhcp_checking: lib.sh's LAN router, with dnsmasq's default ping check before each
# offer (which delays the first offer by 3 s): what a real router does.
lan_dhcp_checking() {
	sed -i '/^no-ping$/d' "$WORK/lan-dnsmasq.conf" &&
		background lan-dnsmasq stamp on lan dnsmasq -k -C "$WORK/lan-dnsmasq.conf" \
			--pid-file="$WORK/lan-dnsmasq.pid" --dhcp-leasefile="$WORK/lan-leases" \
			--log-facility=- --log-dhcp &&
		poll 10 grep 'DHCP, IP range' "$WORK/lan-dnsmasq.log"
}

# host_processes: the commands running in this network namespace, the host's (not
# those of the LAN, the internet or the guests).
host_processes() {
	local p ours
	ours=$(readlink /proc/self/ns/net)
	for p in /proc/[0-9]*; do
		[ "$(readlink "$p/ns/net" 2>/dev/null)" = "$ours" ] && cat "$p/comm" 2>/dev/null
	done
	return 0
}

# services: every service OpenRC knows and its state.
services() { rc-status --all --nocolor; }

# bridge_sysfs BRIDGE: STP state and timers (centiseconds) and each port's STP state.
bridge_sysfs() {
	local k p
	for k in stp_state forward_delay hello_time; do
		echo "$k=$(cat "/sys/class/net/$1/bridge/$k")"
	done
	for p in /sys/class/net/"$1"/brif/*; do
		[ -e "$p" ] && echo "port ${p##*/} state=$(cat "$p/state")"
	done
	return 0
}

# tap_owner TAP: owner=USER group=GROUP, by name; empty for an owner or group the tap has
# not got (the kernel shows -1).
tap_owner() {
	echo "owner=$(id_name passwd "/sys/class/net/$1/owner")" \
		"group=$(id_name group "/sys/class/net/$1/group")"
}

# id_name DATABASE FILE: the name of the uid or gid in FILE, or nothing for -1 (none set)
id_name() {
	local id
	id=$(cat "$2")
	[ "$id" = -1 ] || getent "$1" "$id" | cut -d: -f1
}

# guest_in N TAP MAC: guest namespace gN (N: a number, or uN for a later boot) with NIC eth0 (MAC) wired to TAP by tapwire,
# attached as the tap's owner; ready when both taps have a carrier. TAP @BRIDGE: the
# tap is one qemu-bridge-helper makes on BRIDGE, its name then in WORK/gN.tap.
guest_in() {
	local owner group
	case $2 in
	@*)
		# a NIC that names a bridge: qemu-bridge-helper makes its tap (lab/helperwire.py)
		helper_acl && helper_guest "g$1" "${2#@}" "$3"
		return
		;;
	esac
	owner=$(id_name passwd "/sys/class/net/$2/owner")
	group=$(id_name group "/sys/class/net/$2/group")
	netns "g$1" &&
		on "g$1" ip tuntap add dev eth0 mode tap &&
		on "g$1" ip link set eth0 address "$3" up &&
		background "tapwire-$1" perl "$LAB/tapwire.pl" "$2" "g$1" eth0 "${owner:-root}" "${group:-root}" &&
		poll 5 carrier "$2" && poll 5 carrier "g$1" eth0
}

# port_forwarding TAP: the tap forwards in its bridge (STP: 2 x forward_delay after it
# joined), or is in no bridge.
port_forwarding() {
	local br
	br=$(basename "$(readlink "/sys/class/net/$1/master" 2>/dev/null)" 2>/dev/null) || return 0
	[ -z "$br" ] || forwarding "$br" "$1"
}

# guest_lease N: udhcpc in guest namespace gN until it holds a lease, written to WORK/lease-N.
guest_lease() {
	LEASE=$WORK/lease-$1 on "g$1" udhcpc -i eth0 -n -q -f -t 6 -T 2 -s "$LAB/udhcpc-lease.sh"
}

# guest_net N dhcp | N CIDR ROUTER: the guest's address and default route.
guest_net() {
	local n=$1 cidr router
	if [ "$2" = dhcp ]; then
		guest_lease "$n" || return 1
		cidr=$(sed -n 's/^ip=//p' "$WORK/lease-$n")/$(sed -n 's/^mask=//p' "$WORK/lease-$n")
		router=$(sed -n 's/^router=//p' "$WORK/lease-$n")
	else
		cidr=$2 router=$3
	fi
	on "g$n" ip addr add "$cidr" dev eth0 && on "g$n" ip route add default via "$router" &&
		on "g$n" ip -4 -br addr show dev eth0
}

# route_of N: the route the host gives guest N's packet to the internet.
route_of() {
	local ip tap=$1
	ip=$(on "g$2" ip -4 -o addr show dev eth0 | sed -n 's/.* inet \([0-9.]*\)\/.*/\1/p')
	local master
	master=$(basename "$(readlink "/sys/class/net/$tap/master")")
	ip route get "$INTERNET" from "$ip" iif "${master:-$tap}"
}

# boot: the three runlevels of Gentoo's inittab, then the state.
boot() {
	must "$1openrc-sysinit" stamp openrc sysinit
	must "$1openrc-boot" stamp openrc boot
	step "$1openrc-default" stamp openrc default
	step "$1services" services
}

# stop: everything the boot started, then what is left.
stop() {
	local entry
	# QEMU's stand-ins let go of their taps first (a tap a process holds cannot be
	# deleted, just as with a running VM).
	for entry in "${LAB_BACKGROUND[@]}"; do
		case ${entry#*:} in tapwire-* | helperwire-*) kill "${entry%%:*}" 2>/dev/null ;; esac
	done
	step "$1openrc-nonetwork" stamp openrc nonetwork
	step "$1services-after" services
	step "$1links-after" ip -j -d link show
	step "$1addresses-after" ip -j addr show
	step "$1filter-rules-after" iptables -w -S
	step "$1nat-rules-after" iptables -w -t nat -S
	step "$1nft-rules-after" nft list table inet netgen
	step "$1ebtables-after" ebtables -t nat -L
	step "$1processes-after" host_processes
}

gentoo_lab_start "$ROOT" "$WORK" "$PREFIX" "$HOST"
# netifrc runs whichever DHCP client is installed (net.lo skips a module whose program
# is missing): busybox udhcpc, as on a minimal Gentoo; the others are hidden.
must hide-dhcpcd hide dhcpcd
must hide-dhclient hide dhclient
# Gentoo's dnsmasq logs to syslog; the namespace has none.
echo 'DNSMASQ_OPTS="--log-facility=/run/dnsmasq.log --log-dhcp"' >/etc/conf.d/dnsmasq
must versions sh -c 'cat /lib/netifrc/version /lib/rc/version; dnsmasq --version | head -n 1; busybox | head -n 1'
must lan lan "$UPLINK"
must lan-dhcp lan_dhcp_checking
# Gentoo's sysctl service applies /etc/sysctl.d at boot; this lab's stand-in is a step.
for f in "$ROOT"/etc/sysctl.d/*.conf; do
	[ -e "$f" ] && must "sysctl-${f##*/}" sysctl -p "/etc/sysctl.d/${f##*/}"
done
# br_netfilter (loaded on the machine) starts every namespace with bridge-nf-call-iptables=1;
# a Gentoo host without that module has no such setting.
step bridge-nf-off bridge_nf_off

boot ""
step conf-net cat /etc/conf.d/net
step runlevel ls /etc/runlevels/default
step links ip -j -d link show
step addresses ip -j addr show
step routes ip route show
for br in $BRIDGES; do
	[ -d "/sys/class/net/$br" ] && step "bridge-$br" bridge_sysfs "$br"
done
for tap in $TAPS; do
	[ -d "/sys/class/net/$tap" ] && step "tap-$tap" tap_owner "$tap"
done
step filter-rules iptables -w -S
step nat-rules iptables -w -t nat -S
step nft-rules nft list table inet netgen
step ebtables ebtables -t nat -L
step iw-calls cat /run/iw.log
step processes host_processes

# The guests: each on its tap, its address by DHCP (once its port forwards) or fixed,
# then a ping to the router and one to the internet, counted there by source.
must count-lan count_from "$LAN_SUBNET"
must count-private count_from 172.16.0.0/12
n=0
for g in $GUESTS; do
	n=$((n + 1))
	IFS=, read -r tap mac cidr router <<<"$g"
	step "guest-$n" guest_in "$n" "$tap" "$mac" || continue
	case $tap in @*) tap=$(cat "$WORK/g$n.tap") ;; esac
	step "forwarding-$n" poll 40 port_forwarding "$tap"
	# shellcheck disable=SC2086 # no router for dhcp
	step "guest-net-$n" guest_net "$n" "$cidr" $router || continue
	step "route-$n" route_of "$tap" "$n"
	step "ping-router-$n" on "g$n" ping -c 1 -W 3 "$LAN_ROUTER"
	step "ping-internet-$n" on "g$n" ping -c 1 -W 3 "$INTERNET"
done
step counters counters
if [ -n "$RESTART_PORT" ]; then
	step restart-port stamp rc-service "net.$RESTART_PORT" restart
	step restart-port-services services
	step restart-port-master readlink "/sys/class/net/$RESTART_PORT/master"
fi
step lan-leases cat "$WORK/lan-leases"
step dnsmasq-log cat /run/dnsmasq.log
stop ""

for phase in $PHASES; do
	case $phase in
	uplink-fails)
		# No DHCP on the LAN: the uplink cannot get its address. dnsmasq (need net)
		# must still start, and the guests still get their leases from it.
		must uplink-fails-lan-off kill "$(cat "$WORK/lan-dnsmasq.pid")"
		boot uplink-fails-
		step uplink-fails-addresses ip -j addr show
		n=0
		for g in $GUESTS; do
			n=$((n + 1))
			IFS=, read -r tap mac cidr router <<<"$g"
			[ "$cidr" = dhcp ] || continue
			step "uplink-fails-guest-$n" guest_in "u$n" "$tap" "$mac"
			step "uplink-fails-lease-$n" guest_lease "u$n"
		done
		stop uplink-fails-
		;;
	hook-fails)
		# A firewall script that fails: the bridge's start must fail, and say so.
		must hook-fails-save cp -a /etc/netgen "$WORK/netgen.saved"
		for f in /etc/netgen/*.sh; do
			printf '#!/bin/sh\necho "%s: failing on purpose (lab)" >&2\nexit 1\n' "$f" >"$f"
		done
		boot hook-fails-
		stop hook-fails-
		must hook-fails-restore cp -a "$WORK/netgen.saved/." /etc/netgen/
		;;
	esac
done
