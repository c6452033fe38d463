package dev.netgen.model;

/** The interface a bridge's NAT or MAC NAT leaves through. */
public record Uplink(Located<IfName> uplink, Position at) {}
