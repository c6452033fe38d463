package dev.netgen.model;

import java.util.Optional;

/** Whether the host routes IPv4 between its interfaces (net.ipv4.ip_forward). */
public record Forwarding(Optional<Located<Boolean>> ipv4) {
  public static Forwarding unset() {
    return new Forwarding(Optional.empty());
  }
}
