package dev.netgen.write;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.OutputPath;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code netgen uninstall}: undoes what renders did under a root, by the manifest alone. Every
 * owned path that still holds what netgen wrote is removed, every adopted original is put back (one
 * rename: mode, owner and times as they were), the manifest and the lock go, and then every folder
 * netgen made that is empty. A path changed by hand is kept and reported; while an adopted original
 * still waits for it, the manifest stays, listing only that, so a second uninstall finishes once
 * the path is dealt with. Stops no service: the files go, the running host is left as it is.
 *
 * <p>Crash-safe by order: the manifest is rewritten or removed only after every path is done, and
 * an adopted line whose kept original is gone means the original is back in place, so an uninstall
 * killed at any point is completed by the next.
 */
public final class Uninstaller {
  private final Path root;
  private final Duration lockWait;

  public Uninstaller(Path root) {
    this(root, TreeWriter.DEFAULT_LOCK_WAIT);
  }

  public Uninstaller(Path root, Duration lockWait) {
    this.root = root;
    this.lockWait = lockWait;
  }

  /** What uninstall did (or would do): report lines, warnings, and whether anything was kept. */
  public record Report(
      List<String> lines, List<String> warnings, boolean keptChanged, boolean hadManifest) {
    public Report {
      lines = List.copyOf(lines);
      warnings = List.copyOf(warnings);
    }
  }

  /** Uninstalls, holding the render lock throughout. */
  @SuppressWarnings("try") // the lock is held for the block, never used in it
  public Report run() {
    requireFolder();
    var out = OutputRoot.forWriting(root);
    try (var lock = RenderLock.acquire(out, lockWait)) {
      var plan = plan(out);
      if (!plan.hadManifest) {
        return plan.report(List.of());
      }
      var changed = new LinkedHashSet<Path>();
      apply(out, plan, changed);
      var manifestLine = finishManifest(out, plan, lock, changed);
      var lines = new ArrayList<String>();
      lines.add(manifestLine);
      lines.addAll(removeFolders(out, plan, changed));
      sync(out, changed);
      return plan.report(lines);
    }
  }

  /** What {@link #run} would do, reading only (uninstall --dry-run). */
  public Report dryRun() {
    requireFolder();
    var out = OutputRoot.forReading(root);
    var plan = plan(out);
    if (!plan.hadManifest) {
      return plan.report(List.of());
    }
    var lines = new ArrayList<String>();
    lines.add((plan.leftovers.isEmpty() ? "removed " : "updated ") + Manifest.PATH.absolute());
    for (var folder : emptiedFolders(out, plan)) {
      lines.add("removed " + folder.absolute() + "/");
    }
    return plan.report(lines);
  }

  private void requireFolder() {
    if (!Files.isDirectory(root)) {
      String why = Files.exists(root) ? "it is not a directory" : "no such directory";
      throw new NetgenException(ExitCode.FAILURE, "cannot uninstall from " + root + ": " + why);
    }
  }

  /** The uninstall's plan: one change per owned path, and what the manifest keeps. */
  private static final class UninstallPlan {
    final List<Change> changes = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<Manifest.Entry> leftovers = new ArrayList<>();
    final Set<OutputPath> folders = new TreeSet<>();
    boolean hadManifest;

    Report report(List<String> after) {
      var lines = new ArrayList<String>();
      changes.forEach(c -> lines.add(new FileOutcome(c.path(), c.status()).line()));
      lines.addAll(after);
      boolean kept = changes.stream().anyMatch(c -> c.action() == Change.Action.KEEP_CHANGED);
      return new Report(lines, warnings, kept, hadManifest);
    }
  }

  private static UninstallPlan plan(OutputRoot out) {
    var plan = new UninstallPlan();
    var liveManifest = inspect(out, Manifest.PATH);
    if (!(liveManifest instanceof LiveEntry.File file)) {
      if (!(liveManifest instanceof LiveEntry.Missing
          || liveManifest instanceof LiveEntry.UnderNonDirectory)) {
        plan.warnings.add(
            "ignoring "
                + Manifest.PATH.absolute()
                + ": it is "
                + liveManifest.describe()
                + ", not the file netgen writes, so nothing is uninstalled");
      }
      return plan;
    }
    plan.hadManifest = true;
    var owned = Manifest.parse(file.content());
    plan.warnings.addAll(owned.warnings());
    var ownership = new Ownership(out, Adoption.NONE);
    var ledger = new Planner.Ledger();
    for (var entry : owned.entries().values()) {
      if (!entry.path().equals(Manifest.PATH)) {
        ownership.dropped(entry, inspect(out, entry.path()), ledger).ifPresent(plan.changes::add);
      }
    }
    plan.leftovers.addAll(ledger.finals.values());
    for (var folder : owned.folders()) {
      if (inspect(out, folder) instanceof LiveEntry.Directory) {
        plan.folders.add(folder);
      }
    }
    return plan;
  }

  private static void apply(OutputRoot out, UninstallPlan plan, Set<Path> changed) {
    for (var change : plan.changes) {
      var action = change.action();
      if (action != Change.Action.REMOVE && action != Change.Action.RESTORE) {
        continue;
      }
      try {
        var target = out.locateExisting(change.path());
        if (target.isPresent() && !Files.isDirectory(target.get(), LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(target.get());
          changed.add(target.get().getParent());
        }
      } catch (IOException e) {
        throw IoFailures.cannot("remove", change.path().absolute(), e);
      }
      if (action == Change.Action.RESTORE) {
        var copy = Manifest.adoptedCopy(change.path());
        try {
          AtomicFiles.moveEntry(out, copy, change.path(), changed);
        } catch (IOException e) {
          throw IoFailures.cannot(
              "restore", copy.absolute() + " to " + change.path().absolute(), e);
        }
      }
    }
  }

  /**
   * The manifest last: rewritten to list only what still waits (an adopted original kept because
   * its path was changed by hand), or removed with the lock when nothing does.
   */
  private static String finishManifest(
      OutputRoot out, UninstallPlan plan, RenderLock lock, Set<Path> changed) {
    try {
      var manifest = out.locateExisting(Manifest.PATH).orElseThrow();
      if (!plan.leftovers.isEmpty()) {
        var listing = Manifest.listing(plan.leftovers, plan.folders);
        AtomicFiles.writeFile(manifest, listing.content(), listing.mode());
        changed.add(manifest.getParent());
        return "updated " + Manifest.PATH.absolute();
      }
      Files.deleteIfExists(manifest);
      lock.removeFile(out);
      changed.add(manifest.getParent());
      return "removed " + Manifest.PATH.absolute();
    } catch (IOException e) {
      throw IoFailures.cannot("write", Manifest.PATH.absolute(), e);
    }
  }

  /** Removes netgen's own folders that are empty now, deepest first; one a line. */
  private static List<String> removeFolders(OutputRoot out, UninstallPlan plan, Set<Path> changed) {
    var lines = new ArrayList<String>();
    for (var folder : deepestFirst(plan.folders)) {
      try {
        var onDisk = out.locateExisting(folder);
        if (onDisk.isEmpty() || !Files.isDirectory(onDisk.get(), LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        Files.delete(onDisk.get());
        changed.remove(onDisk.get());
        changed.add(onDisk.get().getParent());
        lines.add("removed " + folder.absolute() + "/");
      } catch (DirectoryNotEmptyException e) {
        // holds something netgen did not put there (or a kept original): it stays
      } catch (IOException e) {
        throw IoFailures.cannot("remove", folder.absolute(), e);
      }
    }
    return lines;
  }

  /**
   * The folders the dry run says go: a folder of netgen's goes when everything in it goes (a path
   * removed or restored elsewhere, the manifest and the lock, a folder that goes) and nothing comes
   * back into it.
   */
  private static List<OutputPath> emptiedFolders(OutputRoot out, UninstallPlan plan) {
    var gone = new HashSet<OutputPath>();
    var arriving = new HashSet<OutputPath>();
    for (var change : plan.changes) {
      if (change.action() == Change.Action.REMOVE || change.action() == Change.Action.RESTORE) {
        gone.add(change.path());
      }
      if (change.action() == Change.Action.RESTORE) {
        gone.add(Manifest.adoptedCopy(change.path()));
        Manifest.addFoldersAbove(change.path(), arriving);
      }
    }
    if (plan.leftovers.isEmpty()) {
      gone.add(Manifest.PATH);
      gone.add(new OutputPath(Manifest.PATH.relative().replace("manifest", RenderLock.FILE_NAME)));
    }
    var emptied = new ArrayList<OutputPath>();
    for (var folder : deepestFirst(plan.folders)) {
      if (!arriving.contains(folder) && allGone(out, folder, gone)) {
        gone.add(folder);
        emptied.add(folder);
      }
    }
    return emptied;
  }

  private static boolean allGone(OutputRoot out, OutputPath folder, Set<OutputPath> gone) {
    try {
      var onDisk = out.locateExisting(new OutputPath(folder.relative() + "/x"));
      if (onDisk.isEmpty()) {
        return false;
      }
      try (Stream<Path> entries = Files.list(onDisk.get().getParent())) {
        return entries.allMatch(
            p -> gone.contains(new OutputPath(folder.relative() + "/" + p.getFileName())));
      }
    } catch (IOException e) {
      throw IoFailures.cannot("read", folder.absolute(), e);
    }
  }

  private static List<OutputPath> deepestFirst(Set<OutputPath> folders) {
    var sorted = new ArrayList<>(new TreeSet<>(folders));
    sorted.sort((a, b) -> b.compareTo(a)); // a folder sorts before everything below it
    return sorted;
  }

  private static void sync(OutputRoot out, Set<Path> changed) {
    for (var folder : changed) {
      try {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          AtomicFiles.syncFolder(folder);
        }
      } catch (IOException e) {
        throw IoFailures.cannot("write", out.show(folder), e);
      }
    }
  }

  private static LiveEntry inspect(OutputRoot out, OutputPath path) {
    try {
      return out.inspect(path);
    } catch (IOException e) {
      throw IoFailures.cannot("read", path.absolute(), e);
    }
  }
}
