[#-- ifupdown's interfaces(5) with bridge-utils' options (docs/formats.md). Data: InterfacesView.
     '#' starts a comment only at the start of a line: every comment here is a line of its own. --]
[#list header as line]
# [=line]
[/#list]
#
# ifupdown reads this file; the bridge_* options are bridge-utils' (in seconds).
# `ifup -a` follows the order of the auto lines, so each tap is created, with its
# owner, before the bridge that enslaves it: to start one bridge by hand, start
# its taps first (ifup TAP... BRIDGE).
# bridge_maxwait: how long ifup waits for a bridge's ports to forward. 0, except for
# a bridge that takes its address by DHCP with STP on: its DHCP client starts only once
# the ports forward (2 x bridge_fd), or udhcpc gives up before a lease comes.
# Every command line must succeed, or ifup fails for that interface (exit 1); the
# pre-down lines end in || true so that a failed clean-up does not keep it up.
[#if v.fourAddress]
# Wireless ports are switched to 4-address mode with iw (package iw) in their
# bridge's pre-up, before bridge-utils adds them.
[/#if]
[#if v.resolvers]
# dns-nameservers and dns-search are read by resolvconf's ifupdown hook (package
# resolvconf or openresolv), which puts them into /etc/resolv.conf while their
# device is up; without either package ifup ignores them.
[/#if]
[#if v.dnsmasqConf?has_content]
# DHCP for the bridges is dnsmasq's, from [=v.dnsmasqConf]: install the dnsmasq
[#if v.dnsmasqInstance]
# package (dnsmasq-base has no service); netgen's own instance dnsmasq@netgen.service
# runs next to any dnsmasq of yours (enabled by netgen; start: systemctl start dnsmasq@netgen).
[#else]
# package and have your dnsmasq read that file (outputs: moved it out of netgen's
# own instance, dnsmasq@netgen.service, which netgen then does not enable).
[/#if]
[/#if]
[#if v.mainFile]

# Your own stanzas, for devices netgen does not configure, go in this folder:
source /etc/network/interfaces.d/*

auto lo
iface lo inet loopback
[#else]
#
# netgen's stanzas only: /etc/network/interfaces must source this file (Debian's
# own sources /etc/network/interfaces.d/*), and no other stanza may configure the
# devices below, since ifupdown runs every stanza a device has.
[/#if]
[#list v.stanzas as s]

# [=s.comment]
[#if s.start?has_content]
[=s.start]
[/#if]
iface [=s.iface]
[#list s.options as o]
    [=o.name] [=o.value]
[/#list]
[/#list]
