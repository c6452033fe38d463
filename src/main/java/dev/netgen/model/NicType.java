package dev.netgen.model;

import java.util.Locale;

/** The kind of a physical NIC: wireless ones cannot join a bridge unless in 4-address mode. */
public enum NicType {
  ETHERNET,
  WIRELESS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
