# shellcheck shell=bash
# Sourced by lab/boot-gentoo.sh and lab/apply-gentoo.sh, inside fresh mount, network, UTS and PID namespaces
# (unshare --net --mount --uts --pid --fork --kill-child --mount-proc).
#
# gentoo_host ROOT WORK PREFIX HOSTNAME (PREFIX: lab/gentoo-prefix.sh's output)
#   Makes the namespace look like a Gentoo host booted with OpenRC + netifrc, whose
#   /etc holds the rendered tree ROOT/etc, touching nothing outside the namespace:
#
#   /sys            a sysfs of the namespace's own devices (and no cgroup mount, so
#                   openrc-run puts no service into a cgroup)
#   WORK            tmpfs: every upper and staging folder below lives there
#   /run            tmpfs: OpenRC's svcdir /run/openrc, pid files, udhcpc's conf
#   /usr            overlay, read-only: WORK/usr (staged) over the machine's /usr.
#                   Debian 12 is merged-/usr (/lib, /sbin, /bin are symlinks into
#                   /usr), so this one mount gives /lib/rc, /lib/netifrc,
#                   /sbin/openrc-run (the init scripts' shebang), /sbin/rc-service,
#                   /bin/rc-status and lib{rc,einfo}.so.1 in /lib/x86_64-linux-gnu
#                   (ld.so's default path: no LD_LIBRARY_PATH, which openrc-run
#                   would filter out of the services' environment anyway). Also
#                   staged: /bin/sh -> bash (Gentoo's default sh; GENTOO_SH=dash
#                   keeps Debian's dash) and a stub iw (there is no Wi-Fi here).
#   /etc            overlay on the machine's /etc (passwd, nsswitch, ld.so.cache
#                   stay), with init.d, conf.d and runlevels replaced whole (the
#                   host's sysvinit scripts must not reach OpenRC's gendepends) by:
#                   netifrc's net.lo, OpenRC's rc.conf plus the lab's settings, the
#                   lab's stand-ins for the Gentoo services the rendered tree relies
#                   on (loopback, sysfs, localmount, dnsmasq), then ROOT/etc copied
#                   over all of it (conf.d/net, init.d/net.* links, runlevels/...,
#                   netgen/, dnsmasq.netgen.conf, sysctl.d). The taps' owners and
#                   groups (TAP_OWNERS: "user:group ...") are added here when missing:
#                   to /etc's overlay only, never to the machine's passwd.
#                   And a start-stop-daemon shim (see ssd_shim).
#   /var            overlay (udhcpc's lease cache, dnsmasq's leases)
#   hostname        the model's host name (udhcpc sends it to the DHCP server)
gentoo_host() {
	local root=$1 work=$2 prefix=$3 host=$4 d
	# The machine's sysfs and its cgroup mounts must go, not just be covered:
	# openrc-run.sh puts each service into a cgroup when /proc/1/mountinfo shows a
	# /sys/fs/cgroup mount (mkdir /sys/fs/cgroup/unified/SVC fails noisily here).
	umount -R /sys 2>/dev/null || umount -l /sys
	mount -t sysfs sysfs /sys
	mount -t tmpfs tmpfs "$work"
	mount -t tmpfs tmpfs /run
	mkdir -p /run/openrc /run/lock

	# /usr: OpenRC + netifrc staged over the machine's /usr.
	# (Debian's librc looks for plugins in /x86_64-linux-gnu/rc/plugins, a path
	# missing its /lib; every openrc call prints "scandir: No such file or
	# directory" for it: harmless, and not worth an overlay on / to hide.)
	mkdir -p "$work/usr/lib/x86_64-linux-gnu" "$work/usr/sbin" "$work/usr/bin"
	cp -a "$prefix/openrc/lib/rc" "$prefix/netifrc/lib/netifrc" "$work/usr/lib/"
	cp -a "$prefix/openrc/lib/x86_64-linux-gnu/." "$work/usr/lib/x86_64-linux-gnu/"
	cp -a "$prefix/openrc/sbin/." "$work/usr/sbin/"
	cp -a "$prefix/openrc/bin/." "$work/usr/bin/"
	if [ "${GENTOO_SH:-bash}" = bash ]; then ln -s bash "$work/usr/bin/sh"; fi
	cat >"$work/usr/sbin/iw" <<'EOF'
#!/bin/sh
# lab stub: no Wi-Fi in a namespace. Records each call and, for "dev IF ...",
# whether IF was a bridge port at that moment.
echo "iw $* master=$(basename "$(readlink "/sys/class/net/$2/master" 2>/dev/null)" 2>/dev/null)" >>/run/iw.log
EOF
	chmod 755 "$work/usr/sbin/iw"
	ssd_shim "$work/usr"
	mount -t overlay overlay -o "lowerdir=$work/usr:/usr" /usr

	# /etc and /var: throwaway overlays.
	for d in etc var; do
		mkdir -p "$work/$d-upper" "$work/$d-work"
		mount -t overlay overlay -o "lowerdir=/$d,upperdir=$work/$d-upper,workdir=$work/$d-work" "/$d"
	done
	rm -rf /etc/init.d /etc/conf.d /etc/runlevels /etc/rc.conf /etc/rc.conf.d
	mkdir -p /etc/init.d /etc/conf.d /etc/runlevels/sysinit /etc/runlevels/boot \
		/etc/runlevels/default /etc/runlevels/nonetwork /etc/runlevels/shutdown /var/cache /var/lib/misc
	cp -a "$prefix/netifrc/etc/init.d/net.lo" /etc/init.d/
	cp "$prefix/openrc/etc/rc.conf" /etc/rc.conf
	# Debian's OpenRC (not Gentoo's) reads LSB headers in gendepends.sh through
	# lsb2rcconf, which wants insserv's config: empty, it just stops the noise.
	: >/etc/insserv.conf
	cat >>/etc/rc.conf <<'EOF'

# --- lab (boot-gentoo.sh) ---
# serial start, as Gentoo's stock rc.conf; no cgroups in a namespace; a fixed
# subsystem type so autodetection cannot add a keyword that skips a service
rc_parallel="NO"
rc_controller_cgroups="NO"
rc_sys=""
rc_logger="NO"
rc_nocolor="YES"
# veinfo/vewarn too: "Loaded modules: ...", "Skipping module ... missing program"
rc_verbose="YES"
EOF
	stand_ins
	# The rendered tree last: it wins over everything above.
	cp -a "$root/etc/." /etc/
	local owner user group
	for owner in ${TAP_OWNERS:-}; do
		user=${owner%%:*} group=${owner#*:}
		if [ -n "$group" ]; then getent group "$group" >/dev/null || groupadd -r "$group"; fi
		if [ -n "$user" ]; then
			getent passwd "$user" >/dev/null || useradd -r -M -l -s /usr/sbin/nologin ${group:+-g "$group"} "$user"
		fi
	done
	hostname "$host"
	: >/run/iw.log
}

# gentoo_lab_start ROOT WORK PREFIX HOST: gentoo_host as the lab's first step (stopping at
# its first failure; printed as it goes: WORK becomes a tmpfs on the way), then lib.sh's
# clean-up trap, as lab_start does for the Debian labs.
gentoo_lab_start() {
	local rc
	echo "@@ step gentoo-host"
	echo "@@ \$ gentoo_host $*"
	(
		set -e
		gentoo_host "$@"
	) 2>&1
	rc=$?
	echo "@@ exit $rc 0"
	[ "$rc" -eq 0 ] || {
		echo "@@ failed gentoo-host"
		exit 1
	}
	trap lab_cleanup EXIT
}

# ssd_shim STAGE: Debian's OpenRC leaves start-stop-daemon to dpkg's, which differs
# from OpenRC's in what netifrc relies on: netifrc's udhcpc.sh runs
#   start-stop-daemon --start --exec busybox --pidfile ... -- udhcpc ...
# OpenRC's finds "busybox" by PATH (execvp); dpkg's stats it as given and fails
# ("unable to stat //busybox"), so net.IF with DHCP never starts. The shim makes
# --exec/-x and --startas/-a absolute through PATH, then runs dpkg's (copied to
# STAGE/libexec/boot-gentoo/ before the overlay hides it). Still unlike OpenRC's:
# no record of the daemon in /run/openrc/daemons (service_started_daemon, the
# "crashed" state), and dpkg's option set.
ssd_shim() {
	mkdir -p "$1/libexec/boot-gentoo"
	cp /usr/sbin/start-stop-daemon "$1/libexec/boot-gentoo/start-stop-daemon"
	cat >"$1/sbin/start-stop-daemon" <<'EOF'
#!/bin/sh
# lab shim (boot-gentoo): dpkg's start-stop-daemon with OpenRC's PATH lookup of
# --exec/--startas
abs() {
	case $1 in
	/*) echo "$1" ;;
	*) command -v "$1" || echo "$1" ;;
	esac
}
n=$#
while [ "$n" -gt 0 ]; do
	a=$1
	shift
	n=$((n - 1))
	case $a in
	--)
		set -- "$@" --
		while [ "$n" -gt 0 ]; do
			set -- "$@" "$1"
			shift
			n=$((n - 1))
		done
		;;
	-x | --exec | -a | --startas)
		set -- "$@" "$a" "$(abs "$1")"
		shift
		n=$((n - 1))
		;;
	--exec=* | --startas=*) set -- "$@" "${a%%=*}=$(abs "${a#*=}")" ;;
	*) set -- "$@" "$a" ;;
	esac
done
exec /usr/libexec/boot-gentoo/start-stop-daemon "$@"
EOF
	chmod 755 "$1/sbin/start-stop-daemon"
}

# stand_ins: the Gentoo services outside netifrc that a rendered tree relies on, as
# minimal OpenRC scripts. sysfs (sysinit), loopback and localmount (boot) do on
# Gentoo what the namespace set up already: each checks its part and says so.
# dnsmasq transcribes net-dns/dnsmasq's dnsmasq-init-r5 (command, pid file, depend;
# instances by symlink dnsmasq.NAME -> dnsmasq read /etc/dnsmasq.NAME.conf),
# in POSIX sh where the original uses bash's ${!var} (no per-instance _OPTS).
stand_ins() {
	cat >/etc/init.d/sysfs <<'EOF'
#!/sbin/openrc-run
# lab stand-in for OpenRC's sysfs: the namespace mounted its own sysfs
description="Checks that /sys is mounted (lab stand-in)"
start() {
	ebegin "Checking /sys"
	mountinfo -q /sys
	eend $?
}
EOF
	cat >/etc/init.d/loopback <<'EOF'
#!/sbin/openrc-run
# lab stand-in for OpenRC's loopback
description="Brings lo up (lab stand-in)"
depend() {
	keyword -jail -prefix -systemd-nspawn -vserver
}
start() {
	ebegin "Bringing up network interface lo"
	ip link set lo up
	eend $?
}
EOF
	cat >/etc/init.d/localmount <<'EOF'
#!/sbin/openrc-run
# lab stand-in for OpenRC's localmount: nothing to mount in a namespace
description="Local file systems (lab stand-in)"
depend() {
	need sysfs
}
start() {
	ebegin "Checking local file systems"
	mountinfo -q /
	eend $?
}
EOF
	cat >/etc/init.d/dnsmasq <<'EOF'
#!/sbin/openrc-run
# lab transcription of net-dns/dnsmasq/files/dnsmasq-init-r5 (Gentoo)
extra_started_commands="reload"
# r5 prepends the instance's file always: for plain "dnsmasq" too (its test
# [[ -n ${RC_SVCNAME#*.} ]] is never false), /etc/dnsmasq.conf
# (not named "opts": openrc-run takes that for the old extra-commands list)
conf_file="--conf-file=/etc/${RC_SVCNAME}.conf"
pidfile="/var/run/${RC_SVCNAME}.pid"
command="/usr/sbin/dnsmasq"
command_args="-x ${pidfile} ${conf_file} ${DNSMASQ_OPTS:-}"
retry="TERM/3/TERM/5"

depend() {
	provide dns
	need localmount net
	after bootmisc
	use logger
}

reload() {
	ebegin "Reloading ${RC_SVCNAME}"
	start-stop-daemon --stop --signal HUP --pidfile "${pidfile}"
	eend $?
}
EOF
	chmod 755 /etc/init.d/sysfs /etc/init.d/loopback /etc/init.d/localmount /etc/init.d/dnsmasq
	ln -s /etc/init.d/sysfs /etc/runlevels/sysinit/sysfs
	ln -s /etc/init.d/loopback /etc/runlevels/boot/loopback
	ln -s /etc/init.d/localmount /etc/runlevels/boot/localmount
}
