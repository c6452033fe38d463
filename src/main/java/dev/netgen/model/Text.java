package dev.netgen.model;

/** Shared wording for grammar errors: a hostile value is shown escaped, never verbatim. */
public final class Text {
  private Text() {}

  /** The value as a reader can see it: quoted, control and non-ASCII characters escaped. */
  public static String quote(String text) {
    var out = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (shown++ == 60) {
        out.append("...");
        break;
      }
      if (c >= 0x20 && c < 0x7f && c != '\'') {
        out.append(c);
      } else if (c == '\'') {
        out.append("\\'");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('\'').toString();
  }
}
