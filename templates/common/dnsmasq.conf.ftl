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
# Each bridge's options carry the tag dnsmasq sets on every request by the name of
# the interface it arrived on, so they reach that bridge's guests only.
[#list v.bridges as b]

# [=b.name][#if b.subnet?has_content] ([=b.subnet])[/#if]
interface=[=b.name]
dhcp-range=[=b.range]
[#if b.router?has_content]
dhcp-option=tag:[=b.name],option:router,[=b.router]
[/#if]
[#if b.dns?has_content]
dhcp-option=tag:[=b.name],option:dns-server,[=b.dns]
[/#if]
[#if b.domain?has_content]
domain=[=b.domain]
[/#if]
[#list b.hosts as h]
dhcp-host=[=h.mac],[=h.ip]
[/#list]
[/#list]
