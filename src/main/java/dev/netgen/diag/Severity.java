package dev.netgen.diag;

import java.util.Locale;

/** How bad a finding is; the order matters for --fail-on. */
public enum Severity {
  WARNING,
  ERROR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
