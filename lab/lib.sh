# shellcheck shell=bash
# The labs' shared parts, sourced by lab/nat.sh, lab/bridged.sh, lab/boot-debian.sh and
# lab/mac_nat.sh. Each scenario runs as PID 1 of its own PID, network and mount
# namespaces (EndToEndLabTest starts it with unshare --net --mount --pid --fork
# --kill-child --mount-proc): that network namespace is the VM host; the guest, the
# upstream LAN and the "internet" are namespaces made inside it with ip netns add,
# whose names live in the scenario's own tmpfs /run. When the scenario ends, however
# it ends, the kernel kills every process left in its PID namespace and frees every
# namespace and device it made; the EXIT trap below does the same in order first and
# prints the logs of what ran in the background.
#
# Step protocol (read by EndToEndLabTest): every step prints
#   @@ step NAME
#   @@ $ COMMAND
#   its output, stdout and stderr
#   @@ exit CODE MILLISECONDS
# a required step that fails prints "@@ failed NAME" and ends the scenario (exit 1);
# at the end each background process's log follows "@@ log NAME".
#
# Environment: ROOT (the rendered tree), WORK (an empty folder, becomes tmpfs);
# DHCP_CLIENT=udhcpc hides dhclient from ifupdown, which then falls back to udhcpc;
# LAN_PING=yes lets the LAN router's dnsmasq ping-check before offering (its default;
# the end-to-end scenarios turn it off, the boot lab keeps it).

LAB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lab/debian-host.sh
. "$LAB/debian-host.sh"

# The upstream LAN (EndToEndLabTest passes the model's upstream subnet and the LAN
# router's pool; the router takes the subnet's first address) and an address beyond
# it. 198.51.100.0/24 is TEST-NET-2: documentation only, never routed. No namespace
# of the lab has a link to the machine's own: nothing can leave it.
: "${LAN_SUBNET:=192.168.1.0/24}" "${LAN_ROUTER:=192.168.1.1}" "${LAN_POOL:=192.168.1.2,192.168.1.49}"
LAN_PREFIX=${LAN_SUBNET#*/}
WAN_LAN=198.51.100.254
INTERNET=198.51.100.1

LAB_NETNS=()
LAB_BACKGROUND=()

# lines FILE: FILE, ending in a newline even when FILE does not.
lines() {
	cat "$1"
	[ -z "$(tail -c 1 "$1")" ] || echo
}

# step NAME COMMAND...: run COMMAND, report it, return its exit code. Output goes
# through a file, not a pipe, so a daemon the command leaves behind (dhclient) does
# not hold the step open.
step() {
	local name=$1 rc=0 start
	shift
	echo "@@ step $name"
	echo "@@ \$ $*"
	start=$(date +%s%N)
	"$@" >"$WORK/step.out" 2>&1 </dev/null || rc=$?
	lines "$WORK/step.out"
	echo "@@ exit $rc $((($(date +%s%N) - start) / 1000000))"
	return "$rc"
}

# must NAME COMMAND...: a step the rest depends on.
must() {
	step "$@" || {
		echo "@@ failed $1"
		exit 1
	}
}

# poll SECONDS COMMAND...: run COMMAND every 0.1 s until it succeeds, at most SECONDS.
poll() {
	local tries=$(($1 * 10)) i=0
	shift
	until "$@" >"$WORK/poll.out" 2>&1; do
		i=$((i + 1))
		if [ "$i" -ge "$tries" ]; then
			echo "still failing after $((tries / 10)) s: $*"
			cat "$WORK/poll.out"
			return 1
		fi
		sleep 0.1
	done
	cat "$WORK/poll.out"
	echo "(after $i retries)"
}

# background NAME COMMAND...: start COMMAND, its output going to the log NAME.
background() {
	local name=$1
	shift
	"$@" >"$WORK/$name.log" 2>&1 </dev/null &
	LAB_BACKGROUND+=("$!:$name")
	echo "started $name: pid $!"
}

lab_cleanup() {
	local rc=$? entry ns
	for entry in "${LAB_BACKGROUND[@]}"; do
		kill "${entry%%:*}" 2>/dev/null
		wait "${entry%%:*}" 2>/dev/null
	done
	for entry in "${LAB_BACKGROUND[@]}"; do
		echo "@@ log ${entry#*:}"
		lines "$WORK/${entry#*:}.log"
	done
	for ns in "${LAB_NETNS[@]}"; do
		ip netns pids "$ns" 2>/dev/null | xargs -r kill -9
		ip netns del "$ns"
	done
	echo "@@ end $rc"
}

# lab_start: the host namespace as a Debian host (lab/debian-host.sh, stopping at its
# first failure; reported as a step, but printed as it goes: WORK becomes a tmpfs on
# the way), then the trap. With DHCP_CLIENT=udhcpc, dhclient becomes /dev/null (not
# executable) in this mount namespace: ifupdown's dhcp method takes the first of
# dhclient, udhcpc, dhcpcd it finds executable.
lab_start() {
	local rc
	echo "@@ step debian-host"
	echo "@@ \$ debian_host $ROOT $WORK"
	(
		set -e
		debian_host "$ROOT" "$WORK"
	) 2>&1
	rc=$?
	echo "@@ exit $rc 0"
	if [ "$rc" -ne 0 ]; then
		echo "@@ failed debian-host"
		exit 1
	fi
	trap lab_cleanup EXIT
	if [ "${DHCP_CLIENT:-}" = udhcpc ]; then
		must hide-dhclient hide dhclient
	fi
}

# hide PROGRAM: PROGRAM is no longer executable, wherever it is.
hide() {
	local dir
	for dir in /sbin /usr/sbin /bin /usr/bin; do
		if [ -e "$dir/$1" ]; then mount --bind /dev/null "$dir/$1" || return 1; fi
	done
	! command -v "$1" >/dev/null || [ ! -x "$(command -v "$1")" ]
}

# netns NAME: a namespace with lo up.
netns() {
	ip netns add "$1" && LAB_NETNS+=("$1") && ip -n "$1" link set lo up
}

# on NAME COMMAND...: run COMMAND in namespace NAME.
on() { ip netns exec "$@"; }

# carrier [NETNS] IF: the device has a carrier (a tap: a process has attached to it).
carrier() {
	if [ $# -eq 2 ]; then
		[ "$(on "$1" cat "/sys/class/net/$2/carrier" 2>/dev/null)" = 1 ]
	else
		[ "$(cat "/sys/class/net/$1/carrier" 2>/dev/null)" = 1 ]
	fi
}

# forwarding BRIDGE PORT: the port's STP state is forwarding (3).
forwarding() { [ "$(cat "/sys/class/net/$1/brif/$2/state" 2>/dev/null)" = 3 ]; }

# lan UPLINK [MAC]: the upstream side. UPLINK, in the host, is a veth (with MAC, when
# given) whose peer ap0 is the one port of bridge lan0 in namespace lan, the LAN's
# router at LAN_ROUTER: it routes (ip_forward) to namespace internet over wan0, and
# serves the LAN by DHCP from its own dnsmasq (pool LAN_POOL, itself as router).
# internet holds INTERNET and knows the way back to the LAN's subnet only.
# Inside internet, one counting rule per source of interest (see count_from).
lan() {
	netns lan && netns internet &&
		ip link add "$1" ${2:+address "$2"} type veth peer name ap0 netns lan &&
		on lan ip link add lan0 type bridge &&
		on lan ip link set ap0 master lan0 up &&
		on lan ip addr add "$LAN_ROUTER/$LAN_PREFIX" dev lan0 &&
		on lan ip link set lan0 up &&
		on lan ip link add wan0 type veth peer name eth0 netns internet &&
		on lan ip addr add "$WAN_LAN/24" dev wan0 &&
		on lan ip link set wan0 up &&
		on lan sysctl -qw net.ipv4.ip_forward=1 &&
		on internet ip addr add "$INTERNET/24" dev eth0 &&
		on internet ip link set eth0 up &&
		on internet ip route add "$LAN_SUBNET" via "$WAN_LAN" &&
		cat >"$WORK/lan-dnsmasq.conf" <<-EOF
			# the LAN's router: DHCP only (no DNS), on lan0; with LAN_PING=no, no ping
			# before offering an address (dnsmasq's default check, which delays the
			# first offer of an address by 3 s)
			port=0
			$([ "${LAN_PING:-no}" = no ] && echo no-ping)
			interface=lan0
			bind-interfaces
			dhcp-range=$LAN_POOL,1h
			dhcp-option=option:router,$LAN_ROUTER
		EOF
}

# lan_dhcp: the LAN router's dnsmasq, in the background, ready to answer.
lan_dhcp() {
	background lan-dnsmasq on lan dnsmasq -k -C "$WORK/lan-dnsmasq.conf" --pid-file="$WORK/lan-dnsmasq.pid" \
		--dhcp-leasefile="$WORK/lan-leases" --log-facility=- --log-dhcp &&
		poll 10 grep 'DHCP, IP range' "$WORK/lan-dnsmasq.log"
}

# count_from SOURCE: count echo requests from SOURCE arriving on internet (iptables -v).
count_from() {
	on internet iptables -w -A INPUT -p icmp --icmp-type echo-request -s "$1"
}

# counters: internet's counting rules with their packet counts, "[PACKETS:BYTES] -A INPUT ...".
counters() {
	on internet iptables-save -c -t filter | grep -- '-A INPUT'
}

# guest TAP MAC USER GROUP: the guest namespace, its NIC eth0 with MAC (a tap of
# its own: what its kernel sends comes out of that tap's descriptor), and tapwire,
# QEMU's stand-in, attached to the host's TAP as USER:GROUP (lab/tapwire.pl); ready
# when both taps have a carrier, that is both halves have attached.
guest() {
	netns guest &&
		on guest ip tuntap add dev eth0 mode tap &&
		on guest ip link set eth0 address "$2" up &&
		background tapwire perl "$LAB/tapwire.pl" "$1" guest eth0 "$3" "$4" &&
		poll 5 carrier "$1" && poll 5 carrier guest eth0
}

# guest_dhcp: udhcpc in the guest until it holds a lease (5 tries, 1 s apart), the
# lease written to WORK/guest.lease by lab/udhcpc-lease.sh.
guest_dhcp() {
	LEASE=$WORK/guest.lease on guest udhcpc -i eth0 -n -q -f -t 5 -T 1 -s "$LAB/udhcpc-lease.sh"
}

# lease KEY: one value of the guest's lease.
lease() { sed -n "s/^$1=//p" "$WORK/guest.lease"; }

# guest_address CIDR ROUTER: configure the guest as its DHCP client script would.
guest_address() {
	on guest ip addr add "$1" dev eth0 && on guest ip route add default via "$2"
}

# address IF: the first IPv4 address of IF in the host, without prefix.
address() {
	ip -4 -o addr show dev "$1" | sed -n 's/.* inet \([0-9.]*\)\/.*/\1/p' | head -n 1
}

# check: netgen check of the model on this host (NETGEN: the command that runs netgen;
# MODEL as render was given it, relative to MODEL_DIR, since the rendered headers name
# it; the rendered files compared under ROOT).
check() { (cd "$MODEL_DIR" && $NETGEN check "$MODEL" --target debian --root "$ROOT"); }

# netgen_dnsmasq: netgen's instance, as nat.sh starts it (dnsmasq@netgen's options).
netgen_dnsmasq() {
	# shellcheck source=/dev/null
	. "$ROOT/etc/default/dnsmasq.netgen" &&
		background dnsmasq dnsmasq -k --conf-file="$ROOT${DNSMASQ_OPTS#--conf-file=}" -I "$DNSMASQ_EXCEPT" \
			-l "$WORK/leases" --pid-file="$WORK/dnsmasq.pid" --log-facility=- --log-dhcp --user=root &&
		poll 10 grep 'DHCP, IP range' "$WORK/dnsmasq.log"
}

# helper_acl: qemu-bridge-helper's ACL as an admin sets it up next to netgen's file
# (docs/qemu-bridge-helper.md): netgen's rendered etc/qemu files in /etc/qemu (an
# overlay of this namespace's), and a bridge.conf of the admin's that includes
# netgen's file, unless the render wrote bridge.conf itself.
helper_acl() {
	mkdir -p /etc/qemu && cp "$ROOT"/etc/qemu/* /etc/qemu/ &&
		if [ ! -e "$ROOT/etc/qemu/bridge.conf" ]; then
			printf '# the admin'"'"'s own\ninclude /etc/qemu/bridge.netgen.conf\n' >/etc/qemu/bridge.conf
		fi &&
		cat /etc/qemu/bridge.conf
}

# helper_guest NETNS BRIDGE MAC: a guest namespace NETNS whose NIC eth0 (MAC) is wired
# to a tap that qemu-bridge-helper makes on BRIDGE, as QEMU's -netdev bridge has it
# made (lab/helperwire.py); the tap's name goes to WORK/NETNS.tap. Ready when both
# taps have a carrier.
helper_guest() {
	netns "$1" &&
		on "$1" ip tuntap add dev eth0 mode tap &&
		on "$1" ip link set eth0 address "$3" up &&
		background "helperwire-$1" /usr/bin/python3 "$LAB/helperwire.py" "$2" "$1" eth0 "$WORK/$1.tap" &&
		poll 5 test -s "$WORK/$1.tap" && poll 5 carrier "$(cat "$WORK/$1.tap")" && poll 5 carrier "$1" eth0 &&
		echo "tap $(cat "$WORK/$1.tap"), a port of $(basename "$(readlink "/sys/class/net/$(cat "$WORK/$1.tap")/master")")"
}

# bridge_nf_off: br_netfilter, when loaded, starts every namespace with
# bridge-nf-call-iptables=1; a host that bridges guests wants 0 (check says why).
bridge_nf_off() { sysctl -qw net.bridge.bridge-nf-call-iptables=0; }
