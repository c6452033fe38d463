package dev.netgen.model;

import dev.netgen.text.Text;

/**
 * Where an output file goes, absolute inside the target root. Held without the leading '/', so
 * resolving it against any root stays inside that root by construction.
 */
public record OutputPath(String relative) implements Comparable<OutputPath> {
  /**
   * The longest path, without its leading '/': with the longest output root netgen accepts
   * (ROOT_MAX), the adopted-originals prefix and a temporary name it stays within Linux's PATH_MAX
   * (4,096 bytes with the final NUL).
   */
  public static final int MAX_LENGTH = 1024;

  /** The longest output root, as an absolute path: 4,095 - MAX_LENGTH and room to spare. */
  public static final int ROOT_MAX = 2048;

  /** The longest segment: far below NAME_MAX (255 bytes), with room for a suffix netgen adds. */
  public static final int SEGMENT_MAX = 128;

  /**
   * The grammar: '/' then segments [A-Za-z0-9_][A-Za-z0-9_.+@-]{0,127} joined by '/', at most 1024
   * long.
   */
  public static OutputPath parse(String text) throws InvalidValueException {
    if (!text.startsWith("/")) {
      throw new InvalidValueException(
          "output path " + Text.forMessage(text) + " is not absolute",
          "write the path the file has on the host, starting with '/', e.g. /etc/dnsmasq.d/netgen.conf");
    }
    String relative = text.substring(1);
    if (relative.isEmpty() || relative.length() > MAX_LENGTH || !segments(relative)) {
      throw new InvalidValueException(
          "invalid output path " + Text.forMessage(text),
          "use '/'-separated names of letters, digits, '_', '-', '.', '+' and '@'; no '..', no empty or hidden segments");
    }
    return new OutputPath(relative);
  }

  private static boolean segments(String relative) {
    int start = 0;
    while (true) {
      int end = relative.indexOf('/', start);
      if (end < 0) {
        end = relative.length();
      }
      if (end == start || end - start > SEGMENT_MAX || !segmentStart(relative.charAt(start))) {
        return false;
      }
      for (int i = start + 1; i < end; i++) {
        char c = relative.charAt(i);
        if (!(segmentStart(c) || c == '.' || c == '+' || c == '@' || c == '-')) {
          return false;
        }
      }
      if (end == relative.length()) {
        return true;
      }
      start = end + 1;
    }
  }

  private static boolean segmentStart(char c) {
    return Ascii.letterOrDigit(c) || c == '_';
  }

  /** A path netgen chooses itself, already known to be clean. */
  public static OutputPath of(String relative) {
    try {
      return parse("/" + relative);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(relative, e);
    }
  }

  public String absolute() {
    return "/" + relative;
  }

  /** Whether other lies below this path, which would then have to be a folder. */
  public boolean isAncestorOf(OutputPath other) {
    return other.relative.startsWith(relative + "/");
  }

  @Override
  public int compareTo(OutputPath other) {
    return relative.compareTo(other.relative);
  }

  // equals and hashCode written out, with the values the generated ones give: a record's own are
  // linked through invokedynamic (ObjectMethods) on first use, which was a fifth of a small lint.
  @Override
  public boolean equals(Object o) {
    return o instanceof OutputPath other && other.relative.equals(relative);
  }

  @Override
  public int hashCode() {
    return relative.hashCode();
  }

  @Override
  public String toString() {
    return relative;
  }
}
