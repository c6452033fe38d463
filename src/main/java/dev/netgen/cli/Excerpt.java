package dev.netgen.cli;

import dev.netgen.diag.SourceText;
import dev.netgen.model.Position;
import java.util.List;

/**
 * The source line a diagnostic points into, with a caret under its column, as compilers show it:
 *
 * <pre>
 *    11 |     ports: [tap0, wlan0]
 *       |                   ^
 * </pre>
 *
 * A long line shows a window around the column, cut with "..."; a tab shows as four spaces;
 * anything else but printable ASCII shows escaped, as messages quote values: a backslash, then u
 * and four hex digits (x and two for a byte that is not UTF-8, U and eight beyond 16 bits). So no
 * control character or text direction override reaches the terminal, and every character shown is
 * one column wide, which keeps the caret under the right one.
 */
final class Excerpt {
  /** At most this many columns of the line are shown... */
  static final int WIDTH = 100;

  /** ...of which at most this many before the caret, when the line is longer. */
  static final int BEFORE = 40;

  static final String CUT = "...";
  private static final String TAB = "    ";

  private Excerpt() {}

  /** The two lines, or none when the position is not in the text or its line is blank. */
  static List<String> of(SourceText text, Position at) {
    if (!at.known()) {
      return List.of();
    }
    return text.line(at.line()).map(line -> of(line, at)).orElse(List.of());
  }

  private static List<String> of(SourceText.Line line, Position at) {
    int caret = line.indexOfColumn(at.column());
    if (caret < 0) {
      return List.of();
    }
    int start = 0;
    int end = line.length();
    if (width(line, start, end, WIDTH + 1) > WIDTH) {
      start = caret;
      int used = 0;
      while (start > 0 && used + width(line.codePointAt(start - 1)) <= BEFORE) {
        used += width(line.codePointAt(--start));
      }
      end = caret;
      while (end < line.length()
          && (end == caret || used + width(line.codePointAt(end)) <= WIDTH)) {
        used += width(line.codePointAt(end++));
      }
    }
    var shown = new StringBuilder(start > 0 ? CUT : "");
    int caretColumn = shown.length() + width(line, start, caret, Integer.MAX_VALUE);
    for (int i = start; i < end; i++) {
      append(shown, line.codePointAt(i));
    }
    String source = (end < line.length() ? shown.append(CUT) : shown).toString().stripTrailing();
    if (source.isBlank()) {
      return List.of();
    }
    String number = Integer.toString(at.line());
    String gutter = " ".repeat(Math.max(5, number.length()));
    return List.of(
        gutter.substring(number.length()) + number + " | " + source,
        gutter + " | " + " ".repeat(caretColumn) + "^");
  }

  /** The columns code points [from, to) take when shown, counted no further than limit. */
  private static int width(SourceText.Line line, int from, int to, int limit) {
    int width = 0;
    for (int i = from; i < to && width < limit; i++) {
      width += width(line.codePointAt(i));
    }
    return width;
  }

  private static int width(int c) {
    if (c == '\t') {
      return TAB.length();
    }
    if (printable(c)) {
      return 1;
    }
    if (SourceText.badByte(c) >= 0) {
      return 4;
    }
    return c > 0xffff ? 10 : 6;
  }

  private static void append(StringBuilder out, int c) {
    int badByte = SourceText.badByte(c);
    if (c == '\t') {
      out.append(TAB);
    } else if (printable(c)) {
      out.append((char) c);
    } else if (badByte >= 0) {
      hex(out.append("\\x"), badByte, 2);
    } else if (c > 0xffff) {
      hex(out.append("\\U"), c, 8);
    } else {
      hex(out.append("\\u"), c, 4);
    }
  }

  private static void hex(StringBuilder out, int value, int digits) {
    String hex = Integer.toHexString(value);
    out.append("0".repeat(digits - hex.length())).append(hex);
  }

  private static boolean printable(int c) {
    return c >= 0x20 && c < 0x7f;
  }
}
