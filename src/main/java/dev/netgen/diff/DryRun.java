package dev.netgen.diff;

import dev.netgen.write.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code render --dry-run}: the lines render would print ({@code created /etc/conf.d/net}, ...,
 * from the writer's own read-only plan) and a last line saying nothing was written, so a log of a
 * dry run can never be mistaken for a log of a render.
 */
public final class DryRun {
  public static final String NOTHING_WRITTEN = "dry run: nothing was written";

  private DryRun() {}

  /** The report lines, in path order, then {@link #NOTHING_WRITTEN}. */
  public static List<String> report(Plan plan) {
    var lines = new ArrayList<>(plan.report().lines());
    lines.add(NOTHING_WRITTEN);
    return lines;
  }
}
