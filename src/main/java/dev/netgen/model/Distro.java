package dev.netgen.model;

import java.util.Locale;
import java.util.Optional;

/** The distribution whose files render writes. */
public enum Distro {
  GENTOO,
  DEBIAN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The distro of a target id ("gentoo", "debian"), if it is one. */
  public static Optional<Distro> ofId(String id) {
    for (Distro d : values()) {
      if (d.id().equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
