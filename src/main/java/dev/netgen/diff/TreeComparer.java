package dev.netgen.diff;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.render.FileSet;
import dev.netgen.write.OutputRoot;
import dev.netgen.write.Planner;
import java.nio.file.Files;
import java.nio.file.Path;

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
