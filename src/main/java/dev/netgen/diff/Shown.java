package dev.netgen.diff;

/**
 * A link target read from disk, as diff prints it: control characters escaped, so a hostile
 * target (one holding a newline and "+++ ...") cannot forge lines of the diff.
 */
final class Shown {
  private Shown() {}

  static String linkTarget(String target) {
    var out = new StringBuilder(target.length());
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
