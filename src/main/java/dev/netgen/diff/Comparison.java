package dev.netgen.diff;

import dev.netgen.diag.ExitCode;
import java.util.List;

/**
 * A render compared with a root: one entry per path, rendered or stale, sorted by path; and the
 * writer's warnings (ignored manifest lines, an owned folder not removed) for stderr.
 */
public record Comparison(List<Difference> entries, List<String> warnings) {
  public Comparison {
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }

  public boolean hasDifferences() {
    return entries.stream().anyMatch(e -> e.status() != DiffStatus.SAME);
  }

  /**
   * diff(1)'s contract: 0 when all the same, 1 when anything differs (2 is thrown, not returned).
   */
  public int exitCode() {
    return hasDifferences() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
