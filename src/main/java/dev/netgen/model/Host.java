package dev.netgen.model;

import java.util.Optional;

/** The machine itself: its name for headers, its default target, the LAN it sits on. */
public record Host(
    Optional<Located<Domain>> name, Optional<Located<Distro>> distro, Optional<Upstream> upstream) {

  public static Host empty() {
    return new Host(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
