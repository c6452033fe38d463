package dev.netgen.model;

import java.util.Optional;

/** The LAN the host is plugged into, and the pool its router hands out. */
public record Upstream(Located<Cidr> subnet, Optional<Range> dhcpRange, Position at) {}
