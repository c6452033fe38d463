package dev.netgen.write;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Compares a render (plus its manifest) with what is under a root and says what writing it would
 * change. Reads only, so render --dry-run and diff use it as render does.
 *
 * <p>Ownership decides what may change (docs/ownership.md): a path the old manifest does not list
 * is written only when nothing is there, or when the command line adopts it; an owned path is
 * replaced or removed only while it still holds what the manifest records, and kept otherwise.
 * {@link Ownership} holds those rules; this class gathers what they need from disk.
 *
 * <p>It reads straight from disk through {@link OutputRoot} (NIO, no link followed) rather than
 * through an interface: the tests run on real temporary folders, which is where link and mode
 * behaviour lives, so a fake file system would test less.
 */
public final class Planner {
  private final OutputRoot root;
  private final Adoption adoption;

  public Planner(OutputRoot root) {
    this(root, Adoption.NONE);
  }

  public Planner(OutputRoot root, Adoption adoption) {
    this.root = root;
    this.adoption = adoption;
  }

  public Plan plan(FileSet rendered) {
    Manifest.requireNoReservedPath(rendered);
    var warnings = new ArrayList<String>();
    var liveManifest = inspect(Manifest.PATH);
    var previous = previouslyOwned(liveManifest, warnings);
    var files = rendered.files();
    var live = inspectAll(files);
    var prints = fingerprints(files);
    var ledger = new Ledger();
    var written = new ArrayList<Change>(files.size() + 1);
    for (int i = 0; i < files.size(); i++) {
      var file = files.get(i);
      var entry = previous.entries().get(file.path());
      written.add(ownership().wanted(file, prints[i], live.get(i), entry, ledger));
    }
    var removed = new ArrayList<Change>();
    for (var entry : previous.entries().values()) {
      if (rendered.get(entry.path()).isEmpty() && !entry.path().equals(Manifest.PATH)) {
        ownership().dropped(entry, inspect(entry.path()), ledger).ifPresent(removed::add);
      }
    }
    keepExistingFolders(previous, ledger);
    ledger.folders.addAll(root.createdFolders());
    var manifest = Manifest.listing(ledger.finals.values(), ledger.folders);
    insertInOrder(written, compare(manifest, liveManifest));
    var changes = merged(written, removed);
    var interim = needsInterim(changes) ? interim(ledger, liveManifest) : null;
    return new Plan(changes, warnings, previous.paths(), ledger.blocked, interim);
  }

  private Ownership ownership() {
    return new Ownership(root, adoption);
  }

  /**
   * What the plan records as it decides, path by path: the final manifest's entries, the interim
   * manifest's (old and new values of paths being written, entries about to be removed), the
   * folders netgen made or will make, and the paths that stop the render.
   */
  static final class Ledger {
    final Map<OutputPath, Manifest.Entry> finals = new HashMap<>();
    final Map<OutputPath, Manifest.Entry> interims = new HashMap<>();
    final Set<OutputPath> folders = new HashSet<>();
    final List<Blocked> blocked = new ArrayList<>();

    void record(Manifest.Entry last, Manifest.Entry during) {
      if (last != null) {
        finals.put(last.path(), last);
      }
      if (during != null) {
        interims.put(during.path(), during);
      }
    }
  }

  /** Folder lines of the old manifest whose folder is still there carry over. */
  private void keepExistingFolders(Manifest.Owned previous, Ledger ledger) {
    for (var folder : previous.folders()) {
      if (inspect(folder) instanceof LiveEntry.Directory) {
        ledger.folders.add(folder);
      }
    }
  }

  /** Any change but the manifest's own that touches the disk needs the interim manifest first. */
  private static boolean needsInterim(List<Change> changes) {
    for (var change : changes) {
      if (!change.path().equals(Manifest.PATH)
          && change.action() != Change.Action.KEEP
          && change.action() != Change.Action.KEEP_CHANGED
          && change.action() != Change.Action.UNOWNED) {
        return true;
      }
    }
    return false;
  }

  /** The interim manifest, or null when the manifest on disk already is it. */
  private static RenderedFile.Regular interim(Ledger ledger, LiveEntry liveManifest) {
    var entries = new HashMap<>(ledger.finals);
    entries.putAll(ledger.interims);
    var interim = Manifest.listing(entries.values(), ledger.folders);
    if (liveManifest instanceof LiveEntry.File onDisk && onDisk.sameBytes(interim.content())) {
      return null;
    }
    return interim;
  }

  private static void insertInOrder(List<Change> sorted, Change change) {
    int at = 0;
    while (at < sorted.size() && sorted.get(at).path().compareTo(change.path()) < 0) {
      at++;
    }
    sorted.add(at, change);
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
      boolean takeA =
          j == b.size() || (i < a.size() && a.get(i).path().compareTo(b.get(j).path()) < 0);
      all.add(takeA ? a.get(i++) : b.get(j++));
    }
    return all;
  }

  /** How wanted compares with live, ownership aside: keep, fix the mode, or write. */
  static Change compare(RenderedFile wanted, LiveEntry live) {
    if (wanted instanceof RenderedFile.Regular file) {
      PosixMode.checked(file.mode());
      requireReadable(file);
      if (live instanceof LiveEntry.File existing && existing.sameBytes(file.content())) {
        var action = existing.mode() == file.mode() ? Change.Action.KEEP : Change.Action.FIX_MODE;
        return new Change(wanted.path(), action, live, wanted);
      }
      return new Change(wanted.path(), Change.Action.WRITE_FILE, live, wanted);
    }
    var link = (RenderedFile.Symlink) wanted;
    boolean same =
        live instanceof LiveEntry.Link existing && existing.target().equals(link.target());
    return new Change(
        wanted.path(), same ? Change.Action.KEEP : Change.Action.WRITE_LINK, live, wanted);
  }

  /**
   * A file over {@link LiveEntry#MAX_READ} would read back as {@link LiveEntry.Oversized}, never as
   * netgen's own, so netgen does not write one (exit 2); no configuration comes near the limit.
   */
  private static void requireReadable(RenderedFile.Regular file) {
    if (file.content().length > LiveEntry.MAX_READ) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "cannot write "
              + file.path().absolute()
              + ": "
              + file.content().length
              + " bytes, more than the "
              + (LiveEntry.MAX_READ >> 20)
              + " MiB netgen reads back");
    }
  }

  /** The old manifest; one that is a link, a folder or unreadable owns nothing (with a warning). */
  private static Manifest.Owned previouslyOwned(LiveEntry live, List<String> warnings) {
    if (live instanceof LiveEntry.File file) {
      var owned = Manifest.parse(file.content());
      warnings.addAll(owned.warnings());
      return owned;
    }
    if (!(live instanceof LiveEntry.Missing || live instanceof LiveEntry.UnderNonDirectory)) {
      warnings.add(
          "ignoring "
              + Manifest.PATH.absolute()
              + ": it is "
              + live.describe()
              + ", not the file netgen writes, so no old file is removed this time");
    }
    return Manifest.Owned.NONE;
  }

  /** The manifest value of every file, computed on the common pool's threads too. */
  private static String[] fingerprints(List<RenderedFile> files) {
    var prints = new String[files.size()];
    IntStream.range(0, files.size())
        .parallel()
        .forEach(i -> prints[i] = Fingerprint.of(files.get(i)));
    return prints;
  }

  /**
   * What is on disk at each file's path, in the same order. The folders are checked here, in order,
   * on this thread (the root caches them); the files themselves are read on the common pool's
   * threads as well, because over an up-to-date root reading some 18,000 files back was a quarter
   * of a 4,000-bridge render's wall time and the second core sat idle. Whatever goes wrong (a read
   * error, a refused folder, a bug), the failure reported is that of the first path in path order,
   * as a sequential read would report it.
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
        break; // every later path comes after this one, so this is the one to report or an earlier
        // read's
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
