package dev.netgen.importer;

import java.util.Locale;

/** Whose files import reads: netifrc's or ifupdown's. */
public enum HostDistro {
  GENTOO,
  DEBIAN;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
