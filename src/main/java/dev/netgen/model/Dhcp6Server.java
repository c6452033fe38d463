package dev.netgen.model;

import java.util.Optional;

/** dnsmasq's IPv6 service on one bridge: router advertisements, and DHCPv6 in stateful mode. */
public record Dhcp6Server(
    Located<Ra6Mode> mode, Optional<Range6> range, Optional<Located<Lease>> lease, Position at) {}
