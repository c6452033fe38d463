#!/bin/bash
# The mac_nat fixture, end to end (see lab/lib.sh for how it runs and reports):
#
#   guest ns                  host ns (this one)                                lan ns ("the access point")
#   eth0 GUEST_MAC ~~~~~~~~~ tap0 ─┐
#   GUEST_IP (fixed)               br0 (DHCP) + ebtables MAC NAT                ap0 ─ lan0 192.168.1.1/24 ── wan0 ── internet ns
#   (tapwire, QEMU's stand-in)  UPLINK ─┘ (UPLINK_MAC) ───────── veth ──────────┘      dnsmasq (LAN router)
#
# The host applies etc/network/interfaces with ifup -a as rendered: tap0, then br0
# (pre-up: iw dev UPLINK set 4addr on, a stub here; ports UPLINK and tap0; its own
# address by DHCP through UPLINK; post-up: etc/netgen/ebtables.sh start br0). The
# guest has its fixed address from the model. lan0's forwarding database is what
# the access point learnt about its station: every source MAC that came out of
# UPLINK. Then the access point turns strict, as a Wi-Fi AP in 3-address mode is:
# frames from the station must carry the station's own MAC, or they are dropped
# (an ebtables rule in lan). The guest still reaches the LAN and beyond; after
# ebtables.sh stop it does not; after start again it does.
#
# Environment: ROOT, WORK (lab/lib.sh); BRIDGE, UPLINK, UPLINK_MAC (the MAC the
# uplink stand-in gets); GUEST_TAP, GUEST_MAC (from the guest's rendered QEMU
# arguments); GUEST_IP (the model's); TAP_USER, TAP_GROUP (the tap's owner).
set -u
# shellcheck source=lab/lib.sh
. "$(dirname "$0")/lib.sh"
F=$ROOT/etc/network/interfaces

# strict: the access point drops frames from its station that carry another MAC.
strict() {
	on lan ebtables -A INPUT -i ap0 -s ! "$UPLINK_MAC" -j DROP &&
		on lan ebtables -A FORWARD -i ap0 -s ! "$UPLINK_MAC" -j DROP
}

# forget: both ends forget the MACs they learnt (ARP), so the next ping asks again.
forget() {
	on guest ip neigh flush all && on lan ip neigh flush all
}

# station_macs: the source MACs lan0 learnt on ap0 (no permanent entries).
station_macs() {
	on lan bridge fdb show br lan0 dev ap0 | grep -v permanent
}

lab_start
must lan lan "$UPLINK" "$UPLINK_MAC"
must lan-dhcp lan_dhcp
must ifup timeout -k 2 30 ifup -v -a -i "$F" --state-dir="$WORK/state"
must iw cat /run/iw.log
must addresses ip -j addr show
must links ip -j link show
must mac-nat-rules ebtables-save -t nat
# What the access point learnt while br0 came up (the MAC NAT rules load in br0's
# pre-up, so only the uplink's MAC), then forgotten.
must station-macs-at-ifup station_macs
must flush-station-macs on lan ip link set ap0 type bridge_slave fdb_flush
must guest guest "$GUEST_TAP" "$GUEST_MAC" "$TAP_USER" "$TAP_GROUP"
must guest-address guest_address "$GUEST_IP/$LAN_PREFIX" "$LAN_ROUTER"
must ping-router on guest ping -c 1 -W 2 "$LAN_ROUTER"
must ping-internet on guest ping -c 1 -W 2 "$INTERNET"
must lan-neighbours on lan ip -j neigh show dev lan0
must guest-neighbours on guest ip -j neigh show dev eth0
must station-macs station_macs
must strict-access-point strict
must forget forget
must ping-strict on guest ping -c 1 -W 2 "$LAN_ROUTER"
must host-ping-strict ping -c 1 -W 2 "$LAN_ROUTER"
must dropped-with-mac-nat on lan ebtables -L INPUT --Lc
must mac-nat-stop /etc/netgen/ebtables.sh stop "$BRIDGE"
must forget-again forget
step ping-without-mac-nat on guest ping -c 1 -W 2 "$LAN_ROUTER"
must dropped-without-mac-nat on lan ebtables -L INPUT --Lc
must mac-nat-start /etc/netgen/ebtables.sh start "$BRIDGE"
must forget-once-more forget
must ping-again on guest ping -c 1 -W 2 "$LAN_ROUTER"
if [ -n "${NETGEN:-}" ]; then
	step bridge-nf-off bridge_nf_off
	must check check
fi
