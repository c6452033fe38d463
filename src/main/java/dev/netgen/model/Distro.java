package dev.netgen.model;

import java.util.Locale;

/** The distribution whose files render writes. */
public enum Distro {
  GENTOO,
  DEBIAN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
