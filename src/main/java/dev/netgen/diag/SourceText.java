package dev.netgen.diag;

import dev.netgen.model.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A model's text as positions count it, which is how SnakeYAML counts its marks: lines end at LF,
 * CR LF, a lone CR, NEL, LS and PS; columns count code points from 1, and a byte order mark
 * (U+FEFF) is no column. Built once per file, so that finding a line costs the same however many
 * diagnostics point into it.
 */
public final class SourceText {
  private static final char BOM = '\uFEFF';
  private static final int BAD_BYTES = 0xDC00;

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final Map<Integer, Line> lines = new HashMap<>();

  private SourceText(String text) {
    this.text = text;
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      int width = breakWidth(text, i);
      if (width > 0) {
        count++;
        i += width - 1;
      }
    }
    starts = new int[count];
    ends = new int[count];
    int line = 0;
    for (int i = 0; i < text.length(); i++) {
      int width = breakWidth(text, i);
      if (width > 0) {
        ends[line] = i;
        starts[++line] = i + width;
        i += width - 1;
      }
    }
    ends[line] = text.length();
  }

  /** Text already decoded, as the loader reads it (no leading byte order mark). */
  public static SourceText of(String text) {
    return new SourceText(text);
  }

  /**
   * A file's bytes as they are: a leading byte order mark is dropped, and each byte that is not
   * UTF-8 reads as one code point of its own, U+DC80 to U+DCFF (a lone surrogate, which no UTF-8
   * text holds), so that it can be shown as the byte it is ({@link #badByte}).
   */
  public static SourceText decode(byte[] bytes) {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    int start = bom ? 3 : 0;
    var in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    var out = CharBuffer.allocate(bytes.length - start);
    var decoder = StandardCharsets.UTF_8.newDecoder();
    for (CoderResult result = decoder.decode(in, out, true);
        result.isError();
        result = decoder.decode(in, out, true)) {
      for (int i = 0; i < result.length(); i++) {
        out.put((char) (BAD_BYTES | (in.get() & 0xff)));
      }
    }
    return new SourceText(out.flip().toString());
  }

  /** The byte a code point of {@link #decode} stands for, or -1 when it is a character. */
  public static int badByte(int codePoint) {
    return codePoint >= (BAD_BYTES | 0x80) && codePoint <= (BAD_BYTES | 0xff)
        ? codePoint & 0xff
        : -1;
  }

  /** Line number (from 1), or empty when the text has no such line. */
  public Optional<Line> line(int number) {
    if (number < 1 || number > starts.length) {
      return Optional.empty();
    }
    return Optional.of(
        lines.computeIfAbsent(number, n -> new Line(text.substring(starts[n - 1], ends[n - 1]))));
  }

  /**
   * The line and column of the code point at index (from 0; the length of the text for its end).
   */
  public Position at(String file, int codePointIndex) {
    int offset =
        text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
    int found = Arrays.binarySearch(starts, offset);
    int line = found >= 0 ? found : -found - 2;
    int from = starts[line];
    int column = 1;
    for (int i = from; i < offset; i = text.offsetByCodePoints(i, 1)) {
      if (text.charAt(i) != BOM) {
        column++;
      }
    }
    return new Position(file, line + 1, column);
  }

  /** How many chars the line break at i takes: 0 when there is none. */
  private static int breakWidth(String text, int i) {
    char c = text.charAt(i);
    if (c == '\r') {
      return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
    }
    return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? 1 : 0;
  }

  /** One line's code points, without its line break, and where each column falls among them. */
  public static final class Line {
    private final int[] codePoints;
    private final int[] columns;

    Line(String text) {
      codePoints = text.codePoints().toArray();
      columns = text.indexOf(BOM) < 0 ? null : countedColumns(codePoints);
    }

    private static int[] countedColumns(int[] codePoints) {
      var columns = new int[codePoints.length + 1];
      int column = 0;
      for (int i = 0; i < codePoints.length; i++) {
        if (codePoints[i] != BOM) {
          columns[column++] = i;
        }
      }
      columns[column] = codePoints.length;
      return Arrays.copyOf(columns, column + 1);
    }

    public int length() {
      return codePoints.length;
    }

    public int codePointAt(int index) {
      return codePoints[index];
    }

    /**
     * The index of the code point at a column (from 1); the length of the line for the column just
     * past its end; -1 for a column the line does not have.
     */
    public int indexOfColumn(int column) {
      int last = columns == null ? codePoints.length + 1 : columns.length;
      if (column < 1 || column > last) {
        return -1;
      }
      return columns == null ? column - 1 : columns[column - 1];
    }
  }
}
