[#-- dnsmasq.conf: DHCP for each bridge with a dhcp_server (docs/formats.md). Data: DnsmasqView. --]
[#list header as line]
# [=line]
[/#list]

# bind-dynamic, not bind-interfaces: dnsmasq still listens on the bridges only (so it
# can run next to libvirt's dnsmasq), but a bridge that does not exist yet when dnsmasq
# starts is picked up when the network configuration creates it instead of failing
# the start.
bind-dynamic
# Serve the bridges below, not lo, where a resolver of the host's own may listen.
except-interface=lo
# Each bridge's range sets a tag of netgen's own (netgen-BRIDGE) on every request it
# serves, and that bridge's options need it, so they reach that bridge's guests only.
# Not the tag dnsmasq sets by the interface's name: dnsmasq sets tags of its own too
# (known, bootp, ...), and a bridge named like one would capture other guests' options.
[#if v.enableRa]
# Router advertisements on every bridge with an IPv6 dhcp-range below; the range
# says what they announce (ra-only: SLAAC; ra-stateless: SLAAC and DHCPv6 for
# other settings; an address pool: DHCPv6 addresses).
enable-ra
[/#if]
[#list v.bridges as b]

# [=b.name][#if b.subnet?has_content] ([=b.subnet])[/#if]
interface=[=b.name]
dhcp-range=set:[=b.tag],[=b.range]
[#if b.range6?has_content]
dhcp-range=set:[=b.tag],[=b.range6]
[/#if]
[#if b.router?has_content]
dhcp-option=tag:[=b.tag],option:router,[=b.router]
[/#if]
[#if b.dns?has_content]
dhcp-option=tag:[=b.tag],option:dns-server,[=b.dns]
[/#if]
[#if b.domain?has_content]
domain=[=b.domain]
[/#if]
[#list b.hosts as h]
dhcp-host=[=h.mac],[=h.ip]
[/#list]
[/#list]
