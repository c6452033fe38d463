package dev.netgen.render.debian;

/** /etc/default/dnsmasq.netgen: what it sets, each value a shell word. Built by DnsmasqInstance. */
public record DnsmasqDefaultView(String confFile, String leaseFile) {}
