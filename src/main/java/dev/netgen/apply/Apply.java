package dev.netgen.apply;

import dev.netgen.render.FileSet;
import dev.netgen.write.Adoption;
import dev.netgen.write.OutputRoot;
import dev.netgen.write.Plan;
import dev.netgen.write.TreeWriter;
import dev.netgen.write.WriteReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One apply: the steps that still need the old files, the write (with the writer's ownership
 * guard), then the steps that need the new files. A rollback is an apply of the files that were
 * there before, so it runs through here the same way.
 */
public final class Apply {

  /** Told of each step as it finishes and of the write, so the command line prints as it goes. */
  public interface Listener {
    void ran(Step step, StepRunner.Result result);

    void wrote(WriteReport report);
  }

  /** What an apply would do, worked out by reading only (the dry run prints it). */
  public record Preview(Plan write, Transition transition, StepPlan steps) {}

  /** A finished step: the step and what running it gave. */
  public record Outcome(Step step, StepRunner.Result result) {}

  /** What an apply did. */
  public record Report(WriteReport written, List<Outcome> outcomes) {
    public Report {
      outcomes = List.copyOf(outcomes);
    }

    public boolean anyStepFailed() {
      return outcomes.stream().anyMatch(o -> !o.result().ok());
    }
  }

  private final Path root;
  private final StepPlanner planner;
  private final StepRunner runner;

  public Apply(Path root, StepPlanner planner, StepRunner runner) {
    this.root = root;
    this.planner = planner;
    this.runner = runner;
  }

  /** The write plan, the file changes and the steps, without writing or running anything. */
  public Preview preview(FileSet files, Adoption adoption) {
    var write = new TreeWriter(root).plan(files, adoption);
    var transition = Transition.of(write, OutputRoot.forReading(root));
    return new Preview(write, transition, planner.plan(transition));
  }

  /**
   * Applies files: refused up front (as render is) when the take-over guard stops the write, so no
   * step runs before a write that cannot happen. A step that fails is reported and the apply goes
   * on: later steps bring up what does not depend on it, and the caller decides (exit 1, or a
   * rollback).
   */
  public Report run(FileSet files, Adoption adoption, Listener listener) {
    var preview = preview(files, adoption);
    preview.write().requireOwnership();
    var outcomes = new ArrayList<Outcome>();
    runAll(preview.steps().beforeWrite(), outcomes, listener);
    var written = new TreeWriter(root).write(files, adoption);
    listener.wrote(written);
    runAll(preview.steps().afterWrite(), outcomes, listener);
    return new Report(written, outcomes);
  }

  private void runAll(List<Step> steps, List<Outcome> outcomes, Listener listener) {
    for (var step : steps) {
      var result = runner.run(step);
      outcomes.add(new Outcome(step, result));
      listener.ran(step, result);
    }
  }
}
