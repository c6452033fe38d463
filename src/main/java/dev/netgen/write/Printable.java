package dev.netgen.write;

/**
 * Text from the disk (a manifest line, a link's target) as a message may show it: quoted, cut
 * short, control and non-ASCII characters escaped, so a hostile value cannot forge output lines.
 */
final class Printable {
  private static final int MAX_SHOWN = 80;

  private Printable() {}

  static String quote(String text) {
    var out = new StringBuilder("'");
    for (int i = 0; i < text.length() && i < MAX_SHOWN; i++) {
      char c = text.charAt(i);
      boolean plain = c >= 0x20 && c < 0x7f && c != '\'' && c != '\\';
      out.append(plain ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.append(text.length() > MAX_SHOWN ? "...'" : "'").toString();
  }
}
