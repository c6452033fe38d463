package dev.netgen.diff;

import dev.netgen.model.OutputPath;
import dev.netgen.write.Change;
import java.util.Objects;

/**
 * One path of a comparison: its status and, unless it is the same, the unified text that shows the
 * difference (the same text in both output formats).
 */
public record Difference(OutputPath path, DiffStatus status, String text) {
  public Difference {
    Objects.requireNonNull(path);
    Objects.requireNonNull(status);
    if ((text == null) != (status == DiffStatus.SAME)) {
      throw new IllegalArgumentException(status + " of " + path + " with text " + text);
    }
  }

  static Difference of(Change change) {
    var status = DiffStatus.of(change);
    return new Difference(
        change.path(), status, status == DiffStatus.SAME ? null : EntryText.of(change));
  }
}
