#!/bin/bash
# The Gentoo apply lab: `netgen apply` on a Gentoo host (the real netifrc and OpenRC,
# as the boot lab sets them up: lab/gentoo-host.sh), one model after another, each
# apply followed by `netgen check` and a look at what the host kept:
#
#   1. an empty host (OpenRC booted, no file of netgen's) -> MODEL_A (the nat fixture)
#   2. MODEL_B: a guest's reservation changed -> only netgen's dnsmasq may be touched
#   3. MODEL_C: MODEL_B plus a bridge br1 with its tap1 -> only those come up
#   4. MODEL_B again -> br1, tap1 and br1's firewall chains are gone
#
# Each model is copied to the same path (WORK/model/model.yaml) before its apply: the
# rendered headers name the model's path, and a path that changed would change every
# file. The test (ApplyGentooLabTest) compares the steps' output: apply's lines, the
# devices' ifindex (a device that was recreated has a new one), dnsmasq's pid, the
# services and the firewall chains. Runs as PID 1 of its own namespaces, as
# lab/boot-gentoo.sh does; everything it starts goes when it ends.
#
# Environment:
#   ROOT, WORK, PREFIX, HOST, UPLINK, TAP_OWNERS   as lab/boot-gentoo.sh (ROOT: an empty
#                                                  tree, etc/ only: the host before netgen)
#   MODEL_A, MODEL_B, MODEL_C                      the three models (files outside WORK)
#   DEVICES                                        every device any of them has
#   GUEST_TAP, GUEST_MAC                           the guest's tap and MAC in MODEL_A
#   NETGEN                                         the command that runs netgen
set -u
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=lab/gentoo-host.sh
. "$LAB/gentoo-host.sh"
: "${ROOT:?}" "${WORK:?}" "${PREFIX:?}" "${HOST:?}" "${UPLINK:?}" "${NETGEN:?}"
: "${MODEL_A:?}" "${MODEL_B:?}" "${MODEL_C:?}" "${DEVICES:?}" "${GUEST_TAP:?}" "${GUEST_MAC:?}"

# state: each device's ifindex and bridge, netgen's dnsmasq's pid, the services.
state() {
	local d
	for d in $DEVICES; do
		[ -e "/sys/class/net/$d" ] || continue
		echo "$d ifindex=$(cat "/sys/class/net/$d/ifindex")" \
			"master=$(basename "$(readlink "/sys/class/net/$d/master" 2>/dev/null)" 2>/dev/null)"
	done
	echo "dnsmasq.netgen pid=$(cat /run/dnsmasq.netgen.pid 2>/dev/null)"
	rc-status --all --nocolor | grep -E '^ (net\.|dnsmasq)'
	return 0
}

# guest_link: the guest's tap, its carrier, and whether tapwire (which holds it) still runs.
guest_link() {
	local entry
	echo "$GUEST_TAP carrier=$(cat "/sys/class/net/$GUEST_TAP/carrier")"
	for entry in "${LAB_BACKGROUND[@]}"; do
		[ "${entry#*:}" = tapwire ] && kill -0 "${entry%%:*}" && echo "tapwire running"
	done
	return 0
}

# apply_model N FILE: the model at WORK/model/model.yaml, applied; then check and state.
apply_model() {
	must "model-$1" cp "$2" "$WORK/model/model.yaml"
	step "apply-$1" sh -c "cd '$WORK/model' && $NETGEN apply model.yaml --target gentoo"
	step "check-$1" sh -c "cd '$WORK/model' && $NETGEN check model.yaml --target gentoo"
	step "state-$1" state
	step "filter-rules-$1" iptables -w -S
	step "nat-rules-$1" iptables -w -t nat -S
}

gentoo_lab_start "$ROOT" "$WORK" "$PREFIX" "$HOST"
mkdir -p "$WORK/model"
must hide-dhcpcd hide dhcpcd
must hide-dhclient hide dhclient
echo 'DNSMASQ_OPTS="--log-facility=/run/dnsmasq.log --log-dhcp"' >/etc/conf.d/dnsmasq
must lan lan "$UPLINK"
must lan-dhcp lan_dhcp
step bridge-nf-off bridge_nf_off
# The host as booted before netgen: OpenRC's runlevels with nothing of netgen's in them.
must openrc-sysinit openrc sysinit
must openrc-boot openrc boot
must openrc-default openrc default
step state-0 state

apply_model 1 "$MODEL_A"
# A guest on tap0 (tapwire, QEMU's stand-in) with its reserved address; after the
# reservation changes it asks again and gets the new one, on a link that never went
# down (tapwire still holds the same tap).
must guest guest "$GUEST_TAP" "$GUEST_MAC" qemu kvm
step lease-1 guest_dhcp
step lease-1-ip lease ip
apply_model 2 "$MODEL_B"
step lease-2 guest_dhcp
step lease-2-ip lease ip
step guest-link guest_link
apply_model 3 "$MODEL_C"
apply_model 4 "$MODEL_B"
step dnsmasq-log cat /run/dnsmasq.log
