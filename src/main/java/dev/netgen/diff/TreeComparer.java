package dev.netgen.diff;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.render.FileSet;
import dev.netgen.write.OutputRoot;
import dev.netgen.write.Planner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares a render with the files under a root, reading only. The comparison is the writer's own
 * plan (the same manifest, the same file inspection, the same idea of "unchanged"), so diff says
 * "same" exactly when render would leave a path alone.
 */
public final class TreeComparer {
  private TreeComparer() {}

  /**
   * Compares rendered (without its manifest: the planner adds it) with root. Exit-2 NetgenException
   * when the root is not a folder or something under it cannot be read.
   */
  public static Comparison compare(FileSet rendered, Path root) {
    requireFolder(root);
    var plan = new Planner(OutputRoot.forReading(root)).plan(rendered);
    var entries = plan.changes().stream().map(Difference::of).toList();
    return new Comparison(entries, plan.warnings());
  }

  /**
   * The status of each path, as {@link #compare} finds it, without the unified text: for a caller
   * that only counts (check), since a diff of a large file against an unrelated one is the costly
   * part (java-diff-utils' Myers walk grows with both sizes).
   */
  public static List<PathStatus> statuses(FileSet rendered, Path root) {
    requireFolder(root);
    var plan = new Planner(OutputRoot.forReading(root)).plan(rendered);
    return plan.changes().stream().map(c -> new PathStatus(c.path(), DiffStatus.of(c))).toList();
  }

  /**
   * Unlike render, which creates a missing --out, diff refuses one: a mistyped --root would
   * otherwise report every file as missing, and a hook would re-render into the wrong place.
   */
  private static void requireFolder(Path root) {
    if (Files.isDirectory(root)) {
      return;
    }
    String why = Files.exists(root) ? "it is not a directory" : "no such directory";
    throw new NetgenException(ExitCode.FAILURE, "cannot compare with " + root + ": " + why);
  }
}
