package dev.netgen.write;

import java.util.Locale;

/** What a render did, or would do, to one path: the word render prints before the path. */
public enum FileStatus {
  CREATED,
  UPDATED,
  UNCHANGED,
  REMOVED;

  /** The lower-case word of a report line: {@code created}, {@code updated}, ... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
