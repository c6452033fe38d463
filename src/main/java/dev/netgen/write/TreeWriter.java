package dev.netgen.write;

import dev.netgen.render.FileSet;
import java.nio.file.Path;

/**
 * Writes a render under an output root: plans against the disk, applies
 * the plan, and returns the report render prints ({@code created /etc/conf.d/net}, ...). The
 * manifest ({@link Manifest}) is added here, so no caller can write a render without it.
 *
 * <p>Root: the root may itself be a link; nothing below it may be ({@link OutputRoot}).
 */
public final class TreeWriter {
  private final Path root;

  public TreeWriter(Path root) {
    this.root = root;
  }

  /** Writes the render; exit-2 NetgenException on any I/O failure or refusal. */
  public WriteReport write(FileSet rendered) {
    var out = OutputRoot.forWriting(root);
    var plan = new Planner(out).plan(rendered);
    return new Applier(out).apply(plan);
  }

  /**
   * What {@link #write} would do, without writing or creating anything (render
   * --dry-run). Fails as write would when something is in the way.
   */
  public Plan plan(FileSet rendered) {
    var plan = new Planner(OutputRoot.forReading(root)).plan(rendered);
    plan.requireApplicable();
    return plan;
  }
}
