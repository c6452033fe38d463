package dev.netgen.check;

import java.util.Locale;

/**
 * How one fact came out. skip: it could not be read here (root only, tool missing), never a
 * failure.
 */
public enum Status {
  PASS,
  FAIL,
  WARN,
  SKIP;

  /** The word printed at the start of the fact's line and in JSON. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
