package dev.netgen.write;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a render would do to a root, worked out by reading only: one change per path, sorted by
 * path. render applies it; render --dry-run and diff report it.
 *
 * @param previouslyOwned the clean paths of the manifest on disk before this render
 * @param blocked the paths that stop the render before its first write (the take-over guard)
 * @param interim the manifest to write before the first change (recording both what a path holds
 *     and what it is about to hold, adoptions and folders about to be made), or null when nothing
 *     but the manifest changes
 */
public record Plan(
    List<Change> changes,
    List<String> warnings,
    SortedSet<OutputPath> previouslyOwned,
    List<Blocked> blocked,
    RenderedFile.Regular interim) {
  public Plan {
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
    previouslyOwned = Collections.unmodifiableSortedSet(new TreeSet<>(previouslyOwned));
    blocked = List.copyOf(blocked);
  }

  /** What applying this plan does (or did), as render prints it. */
  public WriteReport report() {
    var outcomes = changes.stream().map(c -> new FileOutcome(c.path(), c.status())).toList();
    return new WriteReport(outcomes, warnings);
  }

  /** Whether some owned path changed by hand is kept: render exits 1. */
  public boolean keepsChangedPaths() {
    return changes.stream().anyMatch(c -> c.action() == Change.Action.KEEP_CHANGED);
  }

  /** The take-over guard: exit 1, naming every path in the way, before anything is written. */
  public void requireOwnership() {
    if (!blocked.isEmpty()) {
      throw new TakeOverRefused(blocked);
    }
  }

  /**
   * Fails (exit 2) before anything is written when some write cannot happen: a directory or a
   * special file where a file or link belongs, or a file where a folder on the way belongs. Checked
   * up front so a render never stops half-way over something it could have seen.
   */
  public void requireApplicable() {
    requireNoFileAboveAnother();
    for (var change : changes) {
      if (!change.writes()) {
        continue;
      }
      var live = change.live();
      if (change.action() != Change.Action.ADOPT
          && (live instanceof LiveEntry.Directory || live instanceof LiveEntry.Other)) {
        throw new NetgenException(
            ExitCode.FAILURE,
            "cannot write "
                + change.path().absolute()
                + ": it is "
                + live.describe()
                + ", and netgen replaces only regular files and symbolic links; move it away first");
      }
      if (live instanceof LiveEntry.UnderNonDirectory blocked) {
        throw new NetgenException(
            ExitCode.FAILURE,
            "cannot write "
                + change.path().absolute()
                + ": "
                + blocked.component().absolute()
                + " is not a directory");
      }
    }
  }

  /**
   * A render whose own paths need one of them to be a file and a folder at once (an output moved to
   * /etc/init.d while links go into /etc/init.d/, or an original put back where a new file goes
   * below it) could never complete: refused here, before anything is written, instead of failing
   * half-way. Every folder above every path is looked up among the paths themselves, so the check
   * does not depend on the order of the paths: in path order a name such as /etc/init.d-sysctl.conf
   * sorts between /etc/init.d and /etc/init.d/net.br0.
   */
  private void requireNoFileAboveAnother() {
    var entries = new HashSet<OutputPath>();
    for (var change : changes) {
      if (change.action() != Change.Action.REMOVE) {
        entries.add(change.path());
      }
    }
    var folders = new ArrayList<OutputPath>();
    for (var change : changes) {
      if (change.action() == Change.Action.REMOVE) {
        continue;
      }
      folders.clear();
      Manifest.addFoldersAbove(change.path(), folders);
      for (var folder : folders) {
        if (entries.contains(folder)) {
          throw new NetgenException(
              ExitCode.FAILURE,
              "cannot write "
                  + change.path().absolute()
                  + ": "
                  + folder.absolute()
                  + " is a file of the same render, so it cannot also be a folder; give that output another path");
        }
      }
    }
  }
}
