package dev.netgen.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The variables and functions a shell file such as netifrc's conf.d/net sets, read without running
 * it: `NAME=…`, `NAME+=…`, `NAME=(…`, `export NAME=…`, `readonly NAME=…`, and `NAME()` or `function
 * NAME`, each at the start of a line after blanks. An assignment built at run time (eval, a loop, a
 * sourced file) is not seen; a quoted string or heredoc line that looks like one is (a warning too
 * many, never a silent miss of a plain assignment).
 */
public final class ShellAssignments {
  /** One name set on one line (1-based). */
  public record Assignment(String name, int line) {}

  private ShellAssignments() {}

  public static List<Assignment> of(String text) {
    var found = new ArrayList<Assignment>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String name = nameSetBy(lines[i]);
      if (name != null) {
        found.add(new Assignment(name, i + 1));
      }
    }
    return found;
  }

  /** The name a line sets, or null. */
  static String nameSetBy(String line) {
    String rest = skipBlanks(line, 0);
    for (String keyword : new String[] {"export ", "readonly ", "function "}) {
      if (rest.startsWith(keyword)) {
        rest = skipBlanks(rest, keyword.length());
        if (keyword.equals("function ")) {
          String name = leadingName(rest);
          return name.isEmpty() ? null : name;
        }
        break;
      }
    }
    String name = leadingName(rest);
    if (name.isEmpty()) {
      return null;
    }
    String after = rest.substring(name.length());
    if (after.startsWith("=") || after.startsWith("+=") || skipBlanks(after, 0).startsWith("()")) {
      return name;
    }
    return null;
  }

  private static String leadingName(String text) {
    int end = 0;
    while (end < text.length() && nameChar(text.charAt(end), end == 0)) {
      end++;
    }
    return text.substring(0, end);
  }

  private static boolean nameChar(char c, boolean first) {
    boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return letter || (!first && c >= '0' && c <= '9');
  }

  private static String skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(i);
  }
}
