# shellcheck shell=sh
# Sourced, in fresh network and mount namespaces (unshare --net --mount), by the
# tests that run ifupdown for real on a rendered tree: DebianIfupdownRealToolTest
# and the end-to-end lab.
#
# debian_host ROOT WORK
#   Makes the namespace look like a Debian host whose /etc/netgen is ROOT/etc/netgen
#   (with ROOT empty: /etc/netgen as the host has it, in the overlay: netgen apply writes it),
#   touching nothing outside the namespace: a sysfs of the namespace's own devices;
#   WORK as tmpfs; /etc and /usr/local/sbin as throwaway overlays (so /etc/netgen can
#   be the rendered folder, the qemu user and kvm group can be added when missing,
#   and only bridge-utils' ifupdown hooks run: no hook of the host, resolved or
#   dhclient's, reaches the namespace); /run and the DHCP lease folder on tmpfs; a
#   stub iw that records each call and whether its port had joined a bridge then
#   (in /run/iw.log: there is no Wi-Fi hardware in a namespace), and answers
#   `iw dev X info` with "4addr: on" once X was set so; lo up.
#   Leaves WORK/state for ifup --state-dir.
debian_host() {
	mount -t sysfs sysfs /sys
	mount -t tmpfs tmpfs "$2"
	mkdir "$2/etc" "$2/etc-work" "$2/sbin" "$2/sbin-work" "$2/state"
	mount -t overlay overlay -o "lowerdir=/etc,upperdir=$2/etc,workdir=$2/etc-work" /etc
	mount -t overlay overlay -o "lowerdir=/usr/local/sbin,upperdir=$2/sbin,workdir=$2/sbin-work" /usr/local/sbin
	mount -t tmpfs tmpfs /run
	if [ -d /var/lib/dhcp ]; then mount -t tmpfs tmpfs /var/lib/dhcp; fi
	if [ -n "$1" ]; then
		mkdir -p /etc/netgen
		mount --bind "$1/etc/netgen" /etc/netgen
	fi
	for d in if-pre-up.d if-up.d if-down.d if-post-down.d; do
		if [ -d "/etc/network/$d" ]; then find "/etc/network/$d" -mindepth 1 ! -name bridge -exec rm -f {} +; fi
	done
	rm -rf /etc/network/interfaces.d
	mkdir -p /etc/network/interfaces.d
	getent group kvm >/dev/null || groupadd -r kvm
	getent passwd qemu >/dev/null || useradd -r -M -l -s /usr/sbin/nologin qemu
	cat >/usr/local/sbin/iw <<'EOF'
#!/bin/sh
if [ "$1 $3" = "dev info" ]; then
	echo "Interface $2"
	if grep -q "^dev $2 set 4addr on " /run/iw.log; then echo "	4addr: on"; fi
	exit 0
fi
echo "$* master=$(basename "$(readlink "/sys/class/net/$2/master")" 2>/dev/null)" >> /run/iw.log
EOF
	chmod 755 /usr/local/sbin/iw
	: >/run/iw.log
	ip link set lo up
}
