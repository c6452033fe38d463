package dev.netgen.model;

import java.util.Locale;

/** The transport protocol of a port forward. */
public enum Proto {
  TCP,
  UDP;

  /** As iptables and nft write it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
