package dev.netgen.diff;

import java.io.PrintWriter;

/**
 * {@code --format unified}: the text of every path that differs, in path order, and nothing for a
 * path that is the same, so an up-to-date root prints nothing, as diff(1) does.
 */
public final class UnifiedFormat implements DiffFormat {
  @Override
  public void print(Comparison comparison, PrintWriter out) {
    for (var entry : comparison.entries()) {
      if (entry.text() != null) {
        out.print(entry.text());
      }
    }
    out.flush();
  }
}
