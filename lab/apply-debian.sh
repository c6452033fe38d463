#!/bin/bash
# The apply lab for Debian (see lab/lib.sh for how it runs and reports): netgen apply run
# for real, in a namespace that looks like a Debian host (lab/debian-host.sh: /etc is a
# throwaway overlay, so apply writes /etc itself, as on a host), with the real ifupdown,
# iptables, sysctl and dnsmasq. No systemd runs in a namespace: lab/systemctl, first on
# PATH, stands in for it and starts the real dnsmasq as dnsmasq@netgen.service would
# (it logs each call to /run/systemctl.log).
#
#   guest ns (tapwire) ~~~ tap0 ─ br0 (host ns, this one) ─ NAT ─ wlan0 ── veth ── lan ns
#
# The models (in MODELS, written by ApplyDebianLabTest): nat.yaml (the nat fixture),
# reserved.yaml (its reservation changed), two.yaml (reserved.yaml and a bridge br1 with
# tap1). In order: apply nat.yaml on an empty host (dry run first), a guest takes its
# lease; apply reserved.yaml, the guest asks again; apply two.yaml; apply reserved.yaml
# again, which removes br1. Before and after each apply, the ifindex of each device: a
# device apply did not touch keeps it.
#
# Environment: WORK, NETGEN (the command that runs netgen), MODELS, LAN_* (lab/lib.sh).
set -u
ROOT=
export DHCP_CLIENT=udhcpc
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"

# apply NAME ARG...: MODELS/NAME.yaml becomes MODELS/model.yaml, as an admin edits the one
# model of the host, and netgen apply runs on it, in MODELS.
apply() {
	cp "$MODELS/$1.yaml" "$MODELS/model.yaml" || return 1
	shift
	(cd "$MODELS" && $NETGEN apply model.yaml --target debian "$@")
}

# netgen_check: netgen check of the live host against MODELS/model.yaml.
netgen_check() { (cd "$MODELS" && $NETGEN check model.yaml --target debian); }

# ifindexes DEVICE...: DEVICE=its ifindex (none when it does not exist), one a line.
ifindexes() {
	local d
	for d in "$@"; do
		echo "$d=$(cat "/sys/class/net/$d/ifindex" 2>/dev/null || echo none)"
	done
}

# calls: what apply asked systemctl for since the last calls, then forget it.
calls() {
	cat /run/systemctl.log
	: >/run/systemctl.log
}

# guest_lease SECONDS: the guest's DHCP (lib.sh) until it holds a lease, at most SECONDS.
guest_lease() {
	local end=$((SECONDS + $1))
	until guest_dhcp; do
		[ "$SECONDS" -lt "$end" ] || return 1
	done
}

lab_start
must systemctl-stand-in install -m 755 "$LAB/systemctl" /usr/local/sbin/systemctl
: >/run/systemctl.log
must lease-folder mount -t tmpfs tmpfs /var/lib/misc
must lan lan wlan0
must lan-dhcp lan_dhcp
step bridge-nf-off bridge_nf_off

step dry-run apply nat --adopt /etc/network/interfaces --dry-run
must apply-empty apply nat --adopt /etc/network/interfaces
step check-empty netgen_check
step calls-empty calls
must guest guest tap0 00:26:c6:21:cf:02 qemu kvm
must guest-dhcp guest_lease 20
step lease-empty cat "$WORK/guest.lease"

step ifindex-before-reservation ifindexes wlan0 tap0 br0
must apply-reservation apply reserved
step ifindex-after-reservation ifindexes wlan0 tap0 br0
step carrier-after-reservation carrier tap0
step calls-reservation calls
must guest-dhcp-again guest_lease 20
step lease-reservation cat "$WORK/guest.lease"

must apply-add apply two
step ifindex-after-add ifindexes wlan0 tap0 br0 tap1 br1
step carrier-after-add carrier tap0
step calls-add calls
step check-add netgen_check
step nat-rules-add iptables -w -t nat -S

must apply-remove apply reserved
step ifindex-after-remove ifindexes wlan0 tap0 br0 tap1 br1
step calls-remove calls
step check-remove netgen_check
step nat-rules-remove iptables -w -t nat -S
step filter-rules-remove iptables -w -S
