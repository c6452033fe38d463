package dev.netgen.apply;

import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines apply prints: one per step, its command as a shell would take it and why it runs, after
 * a word saying what became of it (ok, failed, or would run in a dry run); a failed step's output
 * follows, indented, escaped for the terminal.
 */
public final class StepLines {
  private StepLines() {}

  /** A step a dry run would run. */
  public static String planned(Step step) {
    return "would run  " + step.commandLine() + "  # " + step.why();
  }

  /** A step that ran, and the lines of its output when it failed. */
  public static List<String> ran(Step step, StepRunner.Result result) {
    var lines = new ArrayList<String>();
    if (result.ok()) {
      lines.add("ok         " + step.commandLine() + "  # " + step.why());
      return lines;
    }
    lines.add(
        "failed     " + step.commandLine() + "  # " + step.why() + ": exit " + result.exitCode());
    result.output().lines().forEach(l -> lines.add("           | " + Text.forTerminal(l)));
    return lines;
  }

  /** A dry run's steps: those before the write, a line for the write, those after it. */
  public static List<String> preview(StepPlan plan) {
    var lines = new ArrayList<String>();
    plan.beforeWrite().forEach(s -> lines.add(planned(s)));
    lines.add("would write the files above");
    plan.afterWrite().forEach(s -> lines.add(planned(s)));
    return lines;
  }

  /** The summary line of a run. */
  public static String summary(Apply.Report report) {
    long failed = report.outcomes().stream().filter(o -> !o.result().ok()).count();
    int steps = report.outcomes().size();
    return "apply: " + steps + (steps == 1 ? " step, " : " steps, ") + failed + " failed";
  }
}
