package dev.netgen.model;

import java.util.Optional;

/** Whether the host routes IPv4 (net.ipv4.ip_forward) and IPv6 between its interfaces. */
public record Forwarding(Optional<Located<Boolean>> ipv4, Optional<Located<Boolean>> ipv6) {
  public static Forwarding unset() {
    return new Forwarding(Optional.empty(), Optional.empty());
  }
}
