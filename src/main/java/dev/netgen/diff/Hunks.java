package dev.netgen.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The content part of an entry: unified hunks with {@value #CONTEXT} lines of context, as diff -u
 * writes them, or one line saying binary content differs.
 */
final class Hunks {
  static final int CONTEXT = 3;
  static final String BINARY = "binary files differ";
  static final String NO_NEWLINE = "\\ No newline at end of file";

  private Hunks() {}

  /** Appends the hunks that turn oldBytes into newBytes; nothing when they are equal. */
  static void append(byte[] oldBytes, byte[] newBytes, StringBuilder text) {
    if (Arrays.equals(oldBytes, newBytes)) {
      return;
    }
    var oldText = decode(oldBytes);
    var newText = decode(newBytes);
    if (oldText.isEmpty() || newText.isEmpty()) {
      text.append(BINARY).append('\n');
      return;
    }
    var oldLines = lines(oldText.get());
    var newLines = lines(newText.get());
    if (oldLines.isEmpty() || newLines.isEmpty()) {
      wholeFile(oldLines, newLines, text);
      return;
    }
    var unified =
        UnifiedDiffUtils.generateUnifiedDiff(
            "", "", oldLines, DiffUtils.diff(oldLines, newLines), CONTEXT);
    // The first two lines are the library's own ---/+++ labels; EntryText writes ours.
    for (String line : unified.subList(2, unified.size())) {
      text.append(line.startsWith("@@") ? emptySideFixed(line) : line).append('\n');
    }
  }

  /**
   * One side empty (a file created or removed): the whole other side is one hunk. Written here
   * because java-diff-utils' Myers walk is quadratic in the lines of an all-insert diff: the
   * 4,000-bridge interfaces file alone took seconds, a fresh host's diff half a minute.
   */
  private static void wholeFile(List<String> oldLines, List<String> newLines, StringBuilder text) {
    text.append("@@ -")
        .append(range(oldLines.size()))
        .append(" +")
        .append(range(newLines.size()))
        .append(" @@\n");
    oldLines.forEach(line -> text.append('-').append(line).append('\n'));
    newLines.forEach(line -> text.append('+').append(line).append('\n'));
  }

  /** A side's range as the other hunks write it: 0,0 for no lines, else 1,N. */
  private static String range(int lines) {
    return lines == 0 ? "0,0" : "1," + lines;
  }

  /**
   * The file's lines. A last line without its newline carries diff's "\ No newline" marker as a
   * second line of the same element, so it differs from the same line with a newline (a change the
   * line lists would otherwise hide) and prints as diff -u prints it.
   */
  static List<String> lines(String text) {
    var lines = new ArrayList<String>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        lines.add(text.substring(start) + "\n" + NO_NEWLINE);
        break;
      }
      lines.add(text.substring(start, end));
      start = end + 1;
    }
    return lines;
  }

  /** UTF-8 text, or empty for content that is not: invalid UTF-8 or a NUL byte (as git decides). */
  static Optional<String> decode(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    try {
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * java-diff-utils numbers an empty side "1,0" where diff -u and git write "0,0" (a side with no
   * lines starts before line 1), which patch and git apply expect. With context, a side has no
   * lines only when that whole file is empty, so the fix never touches another hunk.
   */
  static String emptySideFixed(String header) {
    return header.replace("-1,0 ", "-0,0 ").replace("+1,0 ", "+0,0 ");
  }
}
