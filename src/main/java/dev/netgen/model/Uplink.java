package dev.netgen.model;

import java.util.Optional;

/** The interface a bridge's NAT or MAC NAT leaves through. */
public record Uplink(Located<IfName> uplink, Optional<Located<Boolean>> ipv6, Position at) {}
