package dev.netgen.apply;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderedFile;
import dev.netgen.write.Change;
import dev.netgen.write.LiveEntry;
import dev.netgen.write.Manifest;
import dev.netgen.write.OutputRoot;
import dev.netgen.write.Plan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a write changes on disk, path by path, in path order: the input of every {@link
 * StepPlanner}. Paths the write leaves alone (unchanged, or changed by hand and kept) are not in
 * it, so a planner never touches a device whose files did not change; nor is the manifest, which
 * only netgen reads.
 */
public record Transition(List<FileChange> changes) {

  public Transition {
    changes = List.copyOf(changes);
  }

  /**
   * The transition a write plan makes, read from the root before anything is written (so it also
   * serves --dry-run): each path's live entry is its "before"; its "after" is what the plan writes,
   * the adopted original a restore puts back, or nothing for a removal.
   */
  public static Transition of(Plan plan, OutputRoot root) {
    var changes = new ArrayList<FileChange>();
    for (var change : plan.changes()) {
      if (changes(change.action()) && !change.path().equals(Manifest.PATH)) {
        changes.add(
            new FileChange(
                change.path(), entry(change.path(), change.live()), after(change, root)));
      }
    }
    return new Transition(changes);
  }

  /** The change at a path (given relative to the root: etc/network/interfaces), if any. */
  public Optional<FileChange> at(String relative) {
    var path = OutputPath.of(relative);
    return changes.stream().filter(c -> c.path().equals(path)).findFirst();
  }

  /** Whether the write changes nothing the host reads. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  private static boolean changes(Change.Action action) {
    return switch (action) {
      case WRITE_FILE, FIX_MODE, WRITE_LINK, REMOVE, ADOPT, RESTORE -> true;
      case KEEP, KEEP_CHANGED, UNOWNED -> false;
    };
  }

  private static Optional<RenderedFile> after(Change change, OutputRoot root) {
    if (change.wanted() != null) {
      return Optional.of(change.wanted());
    }
    if (change.action() != Change.Action.RESTORE) {
      return Optional.empty();
    }
    var original = Manifest.adoptedCopy(change.path());
    try {
      return entry(change.path(), root.inspect(original));
    } catch (IOException e) {
      throw new NetgenException(
          ExitCode.FAILURE, "cannot read " + original.absolute() + ": " + e.getMessage());
    }
  }

  /**
   * A live entry as the entry the host's tools read at path; empty when nothing readable is there
   * (a file above the 16 MiB read bound counts as none: no network file is that large).
   */
  static Optional<RenderedFile> entry(OutputPath path, LiveEntry live) {
    if (live instanceof LiveEntry.File file) {
      return Optional.of(new RenderedFile.Regular(path, file.content(), file.mode()));
    }
    if (live instanceof LiveEntry.Link link) {
      return Optional.of(new RenderedFile.Symlink(path, link.target()));
    }
    return Optional.empty();
  }
}
