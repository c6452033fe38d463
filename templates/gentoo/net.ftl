[#-- netifrc's /etc/conf.d/net. Data: NetifrcView (values already quoted for sh). --]
[#list header as line]
# [=line]
[/#list]
#
# netifrc sources this file in every net.* service and reads the variables below,
# so nothing here uses them: shellcheck's "appears unused" (SC2034) does not apply.
# shellcheck shell=sh disable=SC2034
[#list v.blocks as block]

# [=block.comment]
[#list block.assignments as a]
[=a.name]=[=a.value]
[/#list]
[/#list]
[#if v.preup?has_content]

# Before netifrc brings the device up: a wireless port can join a bridge only in
# 4-address mode, set before it associates; MAC NAT rules must be in place before
# the bridge's first frame (its DHCP request) leaves through the uplink; a device
# that learns its IPv6 route from router advertisements while the host forwards
# IPv6 needs accept_ra=2 before it comes up, or the kernel ignores them. netifrc
# fails the start when preup() fails, but preup() returns its last command's status
# only: every command returns on its own failure.
preup() {
	case "${IFACE}" in
[#list v.preup as hook]
	[=hook.iface])
[#list hook.commands as command]
		[=command] || return 1
[/#list]
		;;
[/#list]
	esac
}
[/#if]
[#if v.postup?has_content]

# Once the bridge is up: load its firewall rules (the scripts are idempotent).
# netifrc ignores postup()'s status, so a command that fails ends the service
# script itself: OpenRC then reports the start as failed.
postup() {
	case "${IFACE}" in
[#list v.postup as hook]
	[=hook.iface])
[#list hook.commands as command]
		[=command] || exit 1
[/#list]
		;;
[/#list]
	esac
}
[/#if]
[#if v.predown?has_content]

# Before the bridge goes down: remove its firewall rules. Defining predown()
# replaces netifrc's own check that refuses to stop the network under a
# network-mounted root, so that check comes first here, as net.example shows.
predown() {
	if is_net_fs /; then
		eerror "root filesystem is network mounted -- can't stop ${IFACE}"
		return 1
	fi
	case "${IFACE}" in
[#list v.predown as hook]
	[=hook.iface])
[#list hook.commands as command]
		[=command]
[/#list]
		;;
[/#list]
	esac
	# A clean-up that fails must not keep the interface from going down.
	return 0
}
[/#if]

[#-- The path is NetifrcView.LOCAL, which diff's NetLocalOverrides reads. --]
# Settings netgen does not model (wpa_supplicant options, other NICs) belong in
# /etc/conf.d/net.local, which netgen never writes (see docs/gentoo.md). It is
# sourced last, so what it sets wins; `netgen diff` warns when it sets a variable
# that this file sets.
if [ -r /etc/conf.d/net.local ]; then
	# shellcheck source=/dev/null
	. /etc/conf.d/net.local
fi
