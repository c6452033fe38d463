package dev.netgen.model;

import java.util.Optional;

/** A persistent tap device netgen creates so that QEMU can open it with script=no. */
public record Tap(
    Located<IfName> name,
    Optional<Located<UnixName>> owner,
    Optional<Located<UnixName>> group,
    Optional<Located<Mac>> mac,
    Optional<Located<Mtu>> mtu) {}
