package dev.netgen.write;

import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Carries out a {@link Plan} on a root opened for writing. The caller holds the {@link RenderLock}
 * from planning to the end, so the plan still describes the disk.
 *
 * <p>Order, chosen so a crash at any point leaves a tree the next render completes correctly and no
 * admin's file is ever lost:
 *
 * <ol>
 *   <li>the take-over guard and the other checks: nothing is written when a path is in the way;
 *   <li>temporary files of a render killed before (they are never listed anywhere) are deleted;
 *   <li>the interim manifest ({@link Plan#interim()}): every path about to be created, adopted or
 *       replaced, with both what it holds and what it will hold, and the folders about to be made,
 *       so whatever a crash interrupts, the next render recognises its own work;
 *   <li>adopted originals move to etc/netgen/adopted/ (one rename each: the original is always
 *       either in place or there);
 *   <li>stale paths are removed, and adopted originals of paths no longer produced put back;
 *   <li>files and links are written, in path order; the files' bytes go to disk on a few threads at
 *       once (see {@link FileWrites});
 *   <li>the final manifest;
 *   <li>each folder whose entries changed is fsynced once.
 * </ol>
 *
 * Removal leaves emptied folders in place (uninstall removes those netgen made). A stale file
 * standing where a new folder must go (etc/foo, now etc/foo/bar) is refused by {@link
 * Plan#requireApplicable()} like any other file in the way, not removed first.
 */
public final class Applier {
  /**
   * Told after each step that changed the disk, in order; the robustness tests stop a render there
   * with SIGKILL. With a listener, files are written one at a time, so each write is a step.
   */
  @FunctionalInterface
  interface Steps {
    Steps NONE = step -> {};

    void after(String step);
  }

  private final OutputRoot root;
  private final Steps steps;
  private final Set<Path> changedFolders = new LinkedHashSet<>();

  public Applier(OutputRoot root) {
    this(root, Steps.NONE);
  }

  Applier(OutputRoot root, Steps steps) {
    this.root = root;
    this.steps = steps;
  }

  public WriteReport apply(Plan plan) {
    plan.requireOwnership();
    plan.requireApplicable();
    sweepTemporaryFiles(plan);
    if (plan.interim() != null) {
      write(new Change(Manifest.PATH, Change.Action.WRITE_FILE, LiveEntry.MISSING, plan.interim()));
      steps.after("interim manifest");
    }
    for (var change : plan.changes()) {
      if (change.action() == Change.Action.ADOPT) {
        move(change.path(), Manifest.adoptedCopy(change.path()), "adopt");
        steps.after("adopted " + change.path().absolute());
      }
    }
    for (var change : plan.changes()) {
      if (change.action() == Change.Action.REMOVE || change.action() == Change.Action.RESTORE) {
        remove(change.path());
        steps.after("removed " + change.path().absolute());
      }
      if (change.action() == Change.Action.RESTORE) {
        move(Manifest.adoptedCopy(change.path()), change.path(), "restore");
        steps.after("restored " + change.path().absolute());
      }
    }
    Change manifest = null;
    try (var files = new FileWrites()) {
      try {
        for (var change : plan.changes()) {
          if (change.path().equals(Manifest.PATH)) {
            manifest = change;
          } else if (change.writes()) {
            write(change, files);
            if (steps != Steps.NONE) {
              files.awaitAll();
              steps.after("wrote " + change.path().absolute());
            }
          }
        }
      } catch (RuntimeException e) {
        files.awaitAll(); // a file before this one in path order that failed is the one to report
        throw e;
      }
      files.awaitAll();
    }
    if (manifest != null
        && manifest.action() != Change.Action.KEEP
        && !isSameManifest(manifest, plan.interim())) {
      write(manifest);
      steps.after("final manifest");
    }
    syncChangedFolders();
    return plan.report();
  }

  /**
   * Deletes the temporary files a killed render left behind (SIGKILL or power loss between creating
   * one and renaming it) in every folder this plan touches. The caller holds the lock, so no live
   * render is writing here, and the killed one's interim manifest listed every path it was about to
   * create, so each folder it wrote in is one this plan touches too. Only regular files and links
   * named {@value AtomicFiles#TEMP_PREFIX}*, never followed.
   */
  private void sweepTemporaryFiles(Plan plan) {
    var folders = new TreeSet<Path>();
    for (var change : plan.changes()) {
      try {
        root.locateExisting(change.path()).ifPresent(p -> folders.add(p.getParent()));
      } catch (IOException e) {
        throw IoFailures.cannot("read", change.path().absolute(), e);
      }
    }
    for (var folder : folders) {
      try (var leftovers = Files.newDirectoryStream(folder, AtomicFiles.TEMP_PREFIX + "*")) {
        for (var leftover : leftovers) {
          if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)
              || Files.isSymbolicLink(leftover)) {
            Files.deleteIfExists(leftover);
            changedFolders.add(folder);
          }
        }
      } catch (IOException e) {
        throw IoFailures.cannot("clean up", root.show(folder), e);
      }
    }
  }

  /** Whether the interim manifest already is the final one (nothing to remove), saving a write. */
  private static boolean isSameManifest(Change manifest, RenderedFile.Regular interim) {
    return interim != null
        && Arrays.equals(interim.content(), ((RenderedFile.Regular) manifest.wanted()).content());
  }

  private void write(Change change) {
    try (var files = new FileWrites()) {
      write(change, files);
      files.awaitAll();
    }
  }

  /** Writes one change; a regular file's bytes are handed to files, which may finish them later. */
  private void write(Change change, FileWrites files) {
    if (change.action() == Change.Action.KEEP) {
      return;
    }
    try {
      Path target = root.prepareParent(change.path(), changedFolders);
      if (change.wanted() instanceof RenderedFile.Regular file) {
        // A mode-only fix is a full atomic rewrite too: chmod in place would also change the
        // mode of any hard link to the file elsewhere, possibly outside the root.
        files.submit(
            change.path(), () -> AtomicFiles.writeFile(target, file.content(), file.mode()));
      } else {
        AtomicFiles.writeLink(target, ((RenderedFile.Symlink) change.wanted()).target());
      }
      changedFolders.add(target.getParent());
    } catch (IOException e) {
      throw IoFailures.cannot("write", change.path().absolute(), e);
    }
  }

  /**
   * Deletes the entry itself (unlink: a link goes, its target stays). Already gone is fine; a
   * folder is never removed, even one that appeared since planning.
   */
  private void remove(OutputPath path) {
    try {
      var target = root.locateExisting(path);
      if (target.isEmpty() || Files.isDirectory(target.get(), LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      Files.deleteIfExists(target.get());
      changedFolders.add(target.get().getParent());
    } catch (IOException e) {
      throw IoFailures.cannot("remove", path.absolute(), e);
    }
  }

  /**
   * One rename (so the entry is always at one of the two places), keeping mode, owner and mtime.
   */
  private void move(OutputPath from, OutputPath to, String verb) {
    try {
      AtomicFiles.moveEntry(root, from, to, changedFolders);
    } catch (IOException e) {
      throw IoFailures.cannot(verb, from.absolute() + " to " + to.absolute(), e);
    }
  }

  private void syncChangedFolders() {
    for (var folder : changedFolders) {
      try {
        AtomicFiles.syncFolder(folder);
      } catch (IOException e) {
        throw IoFailures.cannot("write", root.show(folder), e);
      }
    }
  }
}
