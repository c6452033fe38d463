package dev.netgen.write;

import dev.netgen.diag.NetgenException;
import dev.netgen.render.FileSet;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Writes a render under an output root: takes the render lock, plans against the disk, applies the
 * plan, and returns the report render prints ({@code created /etc/conf.d/net}, ...). The manifest
 * ({@link Manifest}) is added here, so no caller can write a render without it.
 *
 * <p>Lock wait: a second render into the same root waits up to {@link #DEFAULT_LOCK_WAIT} and then
 * fails with exit 2 ({@link RenderLock}). Root: the root may itself be a link; nothing below it may
 * be ({@link OutputRoot}).
 */
public final class TreeWriter {
  /** Long enough for a render of a large model to finish; short enough to fail a stuck run. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);

  private final Path root;
  private final Duration lockWait;

  public TreeWriter(Path root) {
    this(root, DEFAULT_LOCK_WAIT);
  }

  public TreeWriter(Path root, Duration lockWait) {
    this.root = root;
    this.lockWait = lockWait;
  }

  /** Writes the render, adopting nothing; see {@link #write(FileSet, Adoption)}. */
  public WriteReport write(FileSet rendered) {
    return write(rendered, Adoption.NONE);
  }

  /**
   * Writes the render. Exit 1 ({@link TakeOverRefused}) before anything is written when a path in
   * the way is not netgen's and not adopted; exit-2 NetgenException on any I/O failure or other
   * refusal. A report with {@link FileStatus#KEPT} lines means owned paths changed by hand were
   * left as they are.
   */
  public WriteReport write(FileSet rendered, Adoption adoption) {
    return write(rendered, adoption, Applier.Steps.NONE);
  }

  /** {@link #write(FileSet, Adoption)}, telling steps after each step (the kill tests). */
  @SuppressWarnings("try") // the lock is held for the block, never used in it
  WriteReport write(FileSet rendered, Adoption adoption, Applier.Steps steps) {
    var out = OutputRoot.forWriting(root);
    try (var lock = RenderLock.acquire(out, lockWait)) {
      var plan = new Planner(out, adoption).plan(rendered);
      try {
        plan.requireOwnership();
        plan.requireApplicable();
      } catch (NetgenException refused) {
        leaveAsFound(out, lock);
        throw refused;
      }
      return new Applier(out, steps).apply(plan);
    }
  }

  /**
   * A render refused before its first write takes back what taking the lock made (the lock file,
   * and etc/netgen when it made that), so a refused render leaves the tree as it found it.
   */
  private static void leaveAsFound(OutputRoot out, RenderLock lock) {
    if (!lock.createdFile()) {
      return;
    }
    try {
      lock.removeFile(out);
      var folders = new java.util.ArrayList<>(out.createdFolders());
      folders.sort(java.util.Comparator.reverseOrder()); // deepest first
      for (var folder : folders) {
        var onDisk = out.locateExisting(folder);
        if (onDisk.isPresent()) {
          java.nio.file.Files.deleteIfExists(onDisk.get());
        }
      }
    } catch (java.io.IOException e) {
      // The refusal is what the user needs to see; a lock file left behind is harmless.
    }
  }

  /**
   * What {@link #write} would do, without writing, creating or locking anything (render --dry-run).
   * Fails as write would when a write cannot happen (exit 2); paths the take-over guard stops are
   * in {@link Plan#blocked()} instead, for the dry run to list.
   */
  public Plan plan(FileSet rendered, Adoption adoption) {
    var plan = new Planner(OutputRoot.forReading(root), adoption).plan(rendered);
    plan.requireApplicable();
    return plan;
  }

  /** {@link #plan(FileSet, Adoption)} adopting nothing. */
  public Plan plan(FileSet rendered) {
    return plan(rendered, Adoption.NONE);
  }
}
