package dev.netgen.write;

import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderedFile;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The ownership rules of one path (docs/ownership.md), shared by render, diff and uninstall:
 *
 * <ul>
 *   <li>not in the manifest: written when nothing is there; otherwise the render stops (the
 *       take-over guard) unless the path is adopted, which moves the original to
 *       etc/netgen/adopted/PATH first;
 *   <li>in the manifest: replaced or removed only while it holds what the manifest records ({@link
 *       Manifest.Entry#holds}); changed by hand, it is kept and reported;
 *   <li>adopted, and no longer produced: netgen's entry goes and the original comes back.
 * </ul>
 *
 * An adoption is recorded before the original moves, so a render killed in between finds the
 * manifest saying "adopted" while the original is still in place, and completes the move. An
 * adopted line whose kept original is gone means the original is in place already (put back by a
 * killed render, or moved by hand): what is at the path is then left alone.
 */
final class Ownership {
  private final OutputRoot root;
  private final Adoption adoption;

  Ownership(OutputRoot root, Adoption adoption) {
    this.root = root;
    this.adoption = adoption;
  }

  /** The change for a path the render produces, whose old manifest line is entry (or null). */
  Change wanted(
      RenderedFile file,
      String print,
      LiveEntry live,
      Manifest.Entry entry,
      Planner.Ledger ledger) {
    var path = file.path();
    var kind =
        file instanceof RenderedFile.Regular ? Manifest.Entry.Kind.FILE : Manifest.Entry.Kind.LINK;
    var fresh = new Manifest.Entry(path, kind, List.of(print), false);
    if (entry == null) {
      if (absent(live)) {
        ledger.folders.addAll(missingFoldersAbove(path));
        ledger.record(fresh, null);
        return Planner.compare(file, live);
      }
      if (!adoption.allows(path)) {
        ledger.blocked.add(new Blocked(path, describe(path), true));
        ledger.record(fresh.withAdopted(true), null);
        return new Change(path, Change.Action.UNOWNED, live, file);
      }
      return adopt(file, live, fresh, ledger);
    }
    boolean original = entry.adopted() && !absent(inspect(Manifest.adoptedCopy(path)));
    if (entry.adopted() && !original && !absent(live)) {
      return adopt(
          file, live, fresh, ledger); // recorded, not moved yet: a killed render's adoption
    }
    var kept = fresh.withAdopted(original);
    if (absent(live)) {
      ledger.folders.addAll(missingFoldersAbove(path));
      ledger.record(kept, null);
      return Planner.compare(file, live);
    }
    var change = Planner.compare(file, live);
    if (change.action() == Change.Action.KEEP || change.action() == Change.Action.FIX_MODE) {
      ledger.record(kept, null);
      return change;
    }
    if (entry.holds(live)) {
      ledger.record(kept, kept.alsoHolding(live));
      return change;
    }
    return changedByHand(file, live, entry, original, fresh, ledger);
  }

  /** An owned path whose content is not what netgen wrote: kept, unless adopted. */
  private Change changedByHand(
      RenderedFile file,
      LiveEntry live,
      Manifest.Entry entry,
      boolean original,
      Manifest.Entry fresh,
      Planner.Ledger ledger) {
    var path = file.path();
    if (adoption.allows(path) && original) {
      ledger.blocked.add(
          new Blocked(
              path,
              "changed by hand, and "
                  + Manifest.adoptedCopy(path).absolute()
                  + " already holds the original netgen adopted; move one of them away by hand",
              false));
    } else if (adoption.allows(path)) {
      return adopt(file, live, fresh, ledger);
    }
    ledger.record(entry, null);
    return new Change(path, Change.Action.KEEP_CHANGED, live, file);
  }

  /** Moves what is at path to etc/netgen/adopted/, unless an original is already kept there. */
  private Change adopt(
      RenderedFile file, LiveEntry live, Manifest.Entry fresh, Planner.Ledger ledger) {
    var path = file.path();
    var copy = Manifest.adoptedCopy(path);
    var adopted = fresh.withAdopted(true);
    if (!absent(inspect(copy))) {
      ledger.blocked.add(
          new Blocked(
              path,
              "cannot adopt it: "
                  + copy.absolute()
                  + " already holds an original netgen keeps; move one of them away by hand",
              false));
      ledger.record(adopted, null);
      return new Change(path, Change.Action.UNOWNED, live, file);
    }
    ledger.folders.addAll(missingFoldersAbove(copy));
    ledger.record(adopted, adopted);
    return new Change(path, Change.Action.ADOPT, live, file);
  }

  /**
   * The change for an owned path the render no longer produces (uninstall: every owned path), or
   * none when nothing is left to do there. Removed or restored only while it holds what netgen
   * wrote; changed by hand, it is kept, and forgotten unless an adopted original still waits.
   */
  Optional<Change> dropped(Manifest.Entry entry, LiveEntry live, Planner.Ledger ledger) {
    var path = entry.path();
    boolean original = entry.adopted() && !absent(inspect(Manifest.adoptedCopy(path)));
    if (entry.adopted() && !original && !absent(live)) {
      return Optional.empty(); // the original is back in place already
    }
    if (absent(live)) {
      if (!original) {
        return Optional.empty();
      }
      ledger.folders.addAll(missingFoldersAbove(path));
      ledger.record(null, entry);
      return Optional.of(new Change(path, Change.Action.RESTORE, live, null));
    }
    if (entry.holds(live)) {
      ledger.record(null, entry);
      return Optional.of(
          new Change(path, original ? Change.Action.RESTORE : Change.Action.REMOVE, live, null));
    }
    if (original) {
      ledger.record(
          entry, entry); // the original waits until the path holds netgen's again, or nothing
    }
    return Optional.of(new Change(path, Change.Action.KEEP_CHANGED, live, null));
  }

  static boolean absent(LiveEntry live) {
    return live instanceof LiveEntry.Missing || live instanceof LiveEntry.UnderNonDirectory;
  }

  private List<OutputPath> missingFoldersAbove(OutputPath path) {
    try {
      return root.missingFoldersAbove(path);
    } catch (IOException e) {
      throw IoFailures.cannot("read", path.absolute(), e);
    }
  }

  private String describe(OutputPath path) {
    try {
      return root.describe(path);
    } catch (IOException e) {
      throw IoFailures.cannot("read", path.absolute(), e);
    }
  }

  private LiveEntry inspect(OutputPath path) {
    try {
      return root.inspect(path);
    } catch (IOException e) {
      throw IoFailures.cannot("read", path.absolute(), e);
    }
  }
}
