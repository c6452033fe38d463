package dev.netgen.model;

import java.util.Locale;

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
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.append('\'').toString();
  }

  /**
   * A name the user chose outside the model (the model's file name), shown as written except for
   * the characters that can change what a terminal or a log shows: controls, line and paragraph
   * separators and bidirectional overrides become \\uXXXX. Other characters, accents included, stay.
   */
  public static String printableName(String name) {
    var out = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              boolean hiding =
                  c < 0x20
                      || (c >= 0x7f && c <= 0x9f)
                      || c == 0x061c
                      || c == 0x200e
                      || c == 0x200f
                      || (c >= 0x2028 && c <= 0x202e)
                      || (c >= 0x2066 && c <= 0x2069);
              if (hiding) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
