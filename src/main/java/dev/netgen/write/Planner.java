package dev.netgen.write;

import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Compares a render (plus its manifest) with what is under a root and says what writing it would
 * change. Reads only, so render --dry-run and diff use it as render does.
 *
 * <p>It reads straight from disk through {@link OutputRoot} (NIO, no link followed) rather than
 * through an interface: the tests run on real temporary folders, which is where link and mode
 * behaviour lives, so a fake file system would test less.
 */
public final class Planner {
  private final OutputRoot root;

  public Planner(OutputRoot root) {
    this.root = root;
  }

  public Plan plan(FileSet rendered) {
    var wanted = Manifest.withManifest(rendered);
    var warnings = new ArrayList<String>();
    var previous = previouslyOwned(warnings);
    var files = wanted.files();
    var live = inspectAll(files);
    var written = new ArrayList<Change>(files.size());
    for (int i = 0; i < files.size(); i++) {
      written.add(compare(files.get(i), live.get(i)));
    }
    var removed = new ArrayList<Change>();
    for (var path : previous.paths()) {
      if (wanted.get(path).isEmpty()) {
        stale(path, warnings).ifPresent(removed::add);
      }
    }
    return new Plan(merged(written, removed), warnings, previous.paths());
  }

  /**
   * Two lists of changes, each in path order and with no path in both, as one in path order. A
   * merge rather than a sorted map: some 18,000 paths with long common prefixes made the map's
   * comparisons a tenth of a large render.
   */
  private static List<Change> merged(List<Change> a, List<Change> b) {
    var all = new ArrayList<Change>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      boolean takeA = j == b.size() || (i < a.size() && a.get(i).path().compareTo(b.get(j).path()) < 0);
      all.add(takeA ? a.get(i++) : b.get(j++));
    }
    return all;
  }

  static Change compare(RenderedFile wanted, LiveEntry live) {
    if (wanted instanceof RenderedFile.Regular file) {
      PosixMode.checked(file.mode());
      if (live instanceof LiveEntry.File existing && existing.sameBytes(file.content())) {
        var action = existing.mode() == file.mode() ? Change.Action.KEEP : Change.Action.FIX_MODE;
        return new Change(wanted.path(), action, live, wanted);
      }
      return new Change(wanted.path(), Change.Action.WRITE_FILE, live, wanted);
    }
    var link = (RenderedFile.Symlink) wanted;
    boolean same = live instanceof LiveEntry.Link existing && existing.target().equals(link.target());
    return new Change(wanted.path(), same ? Change.Action.KEEP : Change.Action.WRITE_LINK, live, wanted);
  }

  /**
   * A path the old manifest owns and this render does not produce: removed when it is a file or
   * link (never followed); skipped when already gone; left with a warning when it is a folder or
   * a special file, which netgen never wrote.
   */
  private Optional<Change> stale(OutputPath path, List<String> warnings) {
    var live = inspect(path);
    if (live instanceof LiveEntry.File || live instanceof LiveEntry.Link) {
      return Optional.of(Change.remove(path, live));
    }
    if (live instanceof LiveEntry.Directory || live instanceof LiveEntry.Other) {
      warnings.add(
          "not removing " + path.absolute() + ": it is " + live.describe() + ", which netgen never writes");
    }
    return Optional.empty();
  }

  /** The old manifest; one that is a link, a folder or unreadable owns nothing (with a warning). */
  private Manifest.Owned previouslyOwned(List<String> warnings) {
    var live = inspect(Manifest.PATH);
    if (live instanceof LiveEntry.File file) {
      var owned = Manifest.parse(file.content());
      warnings.addAll(owned.warnings());
      return owned;
    }
    if (!(live instanceof LiveEntry.Missing || live instanceof LiveEntry.UnderNonDirectory)) {
      warnings.add(
          "ignoring " + Manifest.PATH.absolute() + ": it is " + live.describe()
              + ", not the file netgen writes, so no old file is removed this time");
    }
    return Manifest.Owned.NONE;
  }

  /**
   * What is on disk at each file's path, in the same order. The folders are checked here, in
   * order, on this thread (the root caches them); the files themselves are read on the common
   * pool's threads as well, because over an up-to-date root reading some 18,000 files back was a
   * quarter of a 4,000-bridge render's wall time and the second core sat idle. Whatever goes
   * wrong (a read error, a refused folder, a bug), the failure reported is that of the first
   * path in path order, as a sequential read would report it.
   */
  private List<LiveEntry> inspectAll(List<RenderedFile> files) {
    var entries = new LiveEntry[files.size()];
    var failures = new Exception[files.size()];
    var reachable = new int[files.size()];
    int count = 0;
    for (int i = 0; i < files.size(); i++) {
      try {
        var unreachable = root.unreachable(files.get(i).path());
        if (unreachable.isPresent()) {
          entries[i] = unreachable.get();
        } else {
          reachable[count++] = i;
        }
      } catch (IOException | RuntimeException e) {
        failures[i] = e;
        break; // every later path comes after this one, so this is the one to report or an earlier read's
      }
    }
    IntStream.range(0, count)
        .parallel()
        .forEach(
            k -> {
              int i = reachable[k];
              try {
                entries[i] = root.readReachable(files.get(i).path());
              } catch (IOException | RuntimeException e) {
                failures[i] = e;
              }
            });
    for (int i = 0; i < files.size(); i++) {
      if (failures[i] instanceof IOException e) {
        throw IoFailures.cannot("read", files.get(i).path().absolute(), e);
      }
      if (failures[i] instanceof RuntimeException e) {
        throw e;
      }
    }
    return Arrays.asList(entries);
  }

  private LiveEntry inspect(OutputPath path) {
    try {
      return root.inspect(path);
    } catch (IOException e) {
      throw IoFailures.cannot("read", path.absolute(), e);
    }
  }
}
