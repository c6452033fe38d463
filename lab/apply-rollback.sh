#!/bin/bash
# The confirm-or-rollback lab for Debian (see lab/lib.sh for how it runs and reports):
# netgen apply --confirm-within run for real, as lab/apply-debian.sh runs apply (a
# namespace that looks like a Debian host, the real ifupdown, iptables, sysctl and
# dnsmasq, lab/systemctl standing in for systemd), with the rollback store on a tmpfs.
#
#   admin ns (tapwire, 172.16.1.2: the admin's SSH client) ~~~ tap0 ─ br0 172.16.1.1 (host ns)
#
# The models (in MODELS, written by ApplyRollbackLabTest): nat.yaml (the nat fixture),
# moved.yaml (br0 moved to 172.16.9.0/24: the host loses its way to the admin),
# reserved.yaml (a reservation changed: the admin keeps its way). In order:
#   apply nat.yaml; the admin answers.
#   cut:      apply moved.yaml --confirm-within, probing the admin: no answer, no confirm
#             -> rolled back (exit 1); the files and the manifest are those of nat.yaml
#             again, check of nat.yaml passes, the admin answers again.
#   hang-up:  the same, started in a session of its own (setsid) whose processes are then
#             sent SIGHUP as an SSH session's are when the connection drops: the watcher,
#             in a session of its own, still rolls back.
#   confirm:  apply moved.yaml with a window, a second apply meanwhile (refused, exit 2),
#             then netgen confirm -> kept (exit 0); confirm again: nothing waits (exit 2).
#   probes:   apply reserved.yaml on nat.yaml with a window and the admin as probe -> kept
#             once the admin answers, without a confirm.
#
# Environment: WORK, NETGEN (the command that runs netgen), MODELS, WINDOW (the short
# window of the rollback scenarios), LAN_* (lab/lib.sh).
set -u
ROOT=
export DHCP_CLIENT=udhcpc
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
STORE=/var/lib/netgen/rollback
ADMIN=172.16.1.2

# use NAME: MODELS/NAME.yaml becomes MODELS/model.yaml, as an admin edits the host's model.
use() { cp "$MODELS/$1.yaml" "$MODELS/model.yaml"; }

# apply NAME ARG...: netgen apply of NAME as the host's model, in MODELS.
apply() {
	use "$1" || return 1
	shift
	(cd "$MODELS" && $NETGEN apply model.yaml --target debian "$@")
}

# check_as NAME: netgen check of the live host against NAME as the host's model.
check_as() { use "$1" && (cd "$MODELS" && $NETGEN check model.yaml --target debian); }

# snapshot NAME: the files apply writes and the manifest, as they are now, kept as NAME.
snapshot() {
	mkdir -p "$WORK/$1" &&
		cp -a /etc/network/interfaces /etc/dnsmasq.netgen.conf /etc/netgen/manifest \
			/etc/sysctl.d/90-netgen.conf "$WORK/$1/"
}

# same_as NAME: the files are those of snapshot NAME, byte for byte, modes too.
same_as() {
	local f
	for f in interfaces dnsmasq.netgen.conf manifest 90-netgen.conf; do
		cmp "$WORK/$1/$f" "$(live "$f")" || return 1
		[ "$(stat -c %a "$WORK/$1/$f")" = "$(stat -c %a "$(live "$f")")" ] || return 1
	done
	echo "same files as $1"
}
live() {
	case "$1" in
	interfaces) echo /etc/network/interfaces ;;
	manifest) echo /etc/netgen/manifest ;;
	90-netgen.conf) echo /etc/sysctl.d/90-netgen.conf ;;
	*) echo "/etc/$1" ;;
	esac
}

# state: the store's state file and its folder's owner and mode.
state() { stat -c '%U %a' "$STORE" && cat "$STORE/state"; }

# status_is WORD: the state file says "status": "WORD".
status_is() { grep -q "\"status\": \"$1\"" "$STORE/state"; }

# netgen ARG...: netgen itself (NETGEN is a command line: java, its class path, the class).
# shellcheck disable=SC2086
netgen() { $NETGEN "$@"; }

# sessions SID: the session ids of the watcher and of what is left of session SID.
sessions() {
	local watcher
	watcher=$(sed -n 's/.*"watcher_pid": \([0-9]*\).*/\1/p' "$STORE/state")
	echo "started in session $1: $(pgrep -s "$1" | wc -l) processes left"
	echo "watcher $watcher in session $(ps -o sid= -p "$watcher" | tr -d ' ')"
}

# admin_answers: the host reaches the admin's namespace within 20 s (one ping a round).
admin_answers() {
	timeout 20 sh -c "until ping -c 1 -W 1 $ADMIN; do sleep 0.2; done"
}

lab_start
must systemctl-stand-in install -m 755 "$LAB/systemctl" /usr/local/sbin/systemctl
: >/run/systemctl.log
# the rollback store and dnsmasq's leases in this namespace only
must var-lib mount -t tmpfs tmpfs /var/lib
must var-lib-folders mkdir -p /var/lib/misc /var/lib/dhcp
must lan lan wlan0
must lan-dhcp lan_dhcp
step bridge-nf-off bridge_nf_off

must apply-nat apply nat --adopt /etc/network/interfaces
must snapshot-nat snapshot nat
must admin guest tap0 00:26:c6:21:cf:02 qemu kvm
must admin-address on guest ip addr add "$ADMIN/24" dev eth0
must admin-answers admin_answers

# cut: nobody confirms, the probe cannot answer
step cut apply moved --confirm-within "$WINDOW" --probe "$ADMIN"
step cut-state state
step cut-files same_as nat
step cut-check check_as nat
step cut-admin admin_answers

# hang-up: the starting session is hung up while the watcher waits
# (setsid, not a child of a job-controlling shell, makes its session without forking: $! is
# the session's leader, and its id the session's and the process group's)
use moved
setsid bash -c "cd '$MODELS' && exec $NETGEN apply model.yaml --target debian --confirm-within $WINDOW --probe $ADMIN" >"$WORK/hangup.out" 2>&1 </dev/null &
hangup=$!
must hangup-waiting poll 60 status_is waiting
step hangup-sessions sessions "$hangup"
step hangup-kill kill -HUP -- "-$hangup"
wait "$hangup" 2>/dev/null
step hangup-foreground cat "$WORK/hangup.out"
must hangup-verdict poll 90 status_is rolled_back
step hangup-state state
step hangup-files same_as nat
step hangup-check check_as nat
step hangup-admin admin_answers
step hangup-log cat "$STORE/log"

# confirm: a second apply is refused while one waits; confirm keeps the change
use moved
(
	cd "$MODELS" && netgen apply model.yaml --target debian --confirm-within 60s >"$WORK/confirm.out" 2>&1
	echo "exit $?" >>"$WORK/confirm.out"
) </dev/null &
confirmed=$!
must confirm-waiting poll 60 status_is waiting
step second-apply apply nat
step confirm netgen confirm
wait "$confirmed"
step confirm-foreground cat "$WORK/confirm.out"
step confirm-state state
step confirm-check check_as moved
step confirm-again netgen confirm

# probes: back to nat.yaml (plain apply), then a change the admin survives, kept by the probe
must back-to-nat apply nat
must back-admin admin_answers
step probes apply reserved --confirm-within 60s --probe "$ADMIN"
step probes-state state
