package dev.netgen.apply;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import dev.netgen.write.Adoption;
import dev.netgen.write.Manifest;
import dev.netgen.write.OutputRoot;
import dev.netgen.write.PosixMode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Where an apply with a confirm window keeps what it needs to undo itself: var/lib/netgen/rollback
 * under the root it writes (so a test root has its own). The folder is root's alone (0700). It
 * holds the previous entry of every path the apply changes ({@code previous/<path>}, links as
 * links, modes kept), the list of those that were absent, the previous manifest, a copy of the
 * model, the state file ({@link PendingApply}) and the watcher's log. Every file is written under a
 * temporary name and renamed into place.
 */
public final class RollbackStore {
  /** The store's folder, relative to the root the apply writes. */
  public static final OutputPath FOLDER = OutputPath.of("var/lib/netgen/rollback");

  private static final String PREVIOUS = "previous";
  private static final String NEXT = "next";
  private static final String ABSENT = "absent";
  private static final String MANIFEST = "previous-manifest";
  private static final String STATE = "state";
  private static final String TEMP = ".tmp-";

  private final Path root;
  private final Path folder;

  private RollbackStore(Path root) {
    this.root = root;
    this.folder = root.resolve(FOLDER.relative());
  }

  /** The store of the apply that writes root. */
  public static RollbackStore under(Path root) {
    return new RollbackStore(root);
  }

  public Path folder() {
    return folder;
  }

  /** Whether an apply with a window ever ran here (reading commands do not create the folder). */
  public boolean exists() {
    return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
  }

  /** The watcher's log: its standard output and error. */
  public Path log() {
    return folder.resolve("log");
  }

  /** The copy of the model the watcher checks the host against. */
  public Path model() {
    return folder.resolve("model.yaml");
  }

  /**
   * Keeps everything a rollback needs, replacing what an earlier (finished) apply kept: the
   * previous entries of the transition's paths, the previous manifest when there was one, the
   * model's bytes, and the state; the log starts empty.
   */
  public void keep(
      Transition transition,
      Optional<byte[]> manifest,
      byte[] model,
      FileSet next,
      PendingApply s) {
    try {
      prepareFolder();
      var absent = new StringBuilder();
      var before = new ArrayList<RenderedFile>();
      for (var change : transition.changes()) {
        if (change.before().isPresent()) {
          before.add(change.before().get());
        } else {
          absent.append(change.path().relative()).append('\n');
        }
      }
      writeTree(PREVIOUS, before);
      writeTree(NEXT, next.files());
      writeAtomically(folder.resolve(ABSENT), absent.toString().getBytes(StandardCharsets.UTF_8));
      Files.deleteIfExists(folder.resolve(MANIFEST));
      if (manifest.isPresent()) {
        writeAtomically(folder.resolve(MANIFEST), manifest.get());
      }
      writeAtomically(model(), model);
      writeAtomically(log(), new byte[0]);
      write(s);
    } catch (IOException e) {
      throw cannot("keep the previous files in", e);
    }
  }

  /**
   * The files the apply writes, as the foreground rendered them: the watcher writes exactly these
   * (a second render of the store's copy of the model would name that copy in the files' headers).
   */
  public FileSet nextFiles() {
    var files = new FileSet();
    Path top = folder.resolve(NEXT);
    try (Stream<Path> walk = Files.walk(top)) {
      for (var path : walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        files.add(readEntry(OutputPath.of(top.relativize(path).toString()), path));
      }
    } catch (IOException e) {
      throw cannot("read the files to apply in", e);
    }
    return files;
  }

  /** The state file, or empty when no apply with a window ever ran here. */
  public Optional<PendingApply> state() {
    try {
      return Optional.of(
          PendingApply.fromJson(Files.readString(folder.resolve(STATE), StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw cannot("read the state of the waiting apply in", e);
    }
  }

  public void write(PendingApply state) {
    try {
      writeAtomically(folder.resolve(STATE), state.toJson().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw cannot("write the state of the waiting apply in", e);
    }
  }

  /**
   * Runs work holding the store's lock, so the watcher's verdict and a confirmation, or two applies
   * starting at once, never cross. Waits for the lock (each holder is brief).
   */
  @SuppressWarnings("try") // the lock is held for the block, never used in it
  public <T> T locked(Callable<T> work) {
    try {
      prepareFolder();
      try (var channel =
              FileChannel.open(
                  folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          var lock = channel.lock()) {
        return work.call();
      }
    } catch (NetgenException e) {
      throw e;
    } catch (IOException e) {
      throw cannot("lock", e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The files netgen owned before the apply, as a render would give them: each path the previous
   * manifest lists, with its kept entry when the apply changed it and the live one otherwise (the
   * apply left it alone). Empty when there was no manifest: the apply started from nothing.
   */
  public FileSet previousFiles() {
    var files = new FileSet();
    var live = OutputRoot.forReading(root);
    try {
      var absent = absentPaths();
      for (var path : previousOwned().paths()) {
        Path kept = folder.resolve(PREVIOUS).resolve(path.relative());
        Optional<RenderedFile> entry;
        if (Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
          entry = Optional.of(readEntry(path, kept));
        } else if (absent.contains(path)) {
          entry = Optional.empty();
        } else {
          entry = Transition.entry(path, live.inspect(path));
        }
        entry.ifPresent(files::add);
      }
    } catch (IOException e) {
      throw cannot("read the previous files in", e);
    }
    return files;
  }

  /** The paths the previous manifest marks as adopted: a rollback takes them over again. */
  public Adoption previousAdoption() {
    var owned = previousOwned();
    var adopted = new HashSet<OutputPath>();
    for (var path : owned.paths()) {
      owned.entry(path).filter(Manifest.Entry::adopted).ifPresent(e -> adopted.add(path));
    }
    return new Adoption(adopted, false);
  }

  private Manifest.Owned previousOwned() {
    try {
      return Manifest.parse(Files.readAllBytes(folder.resolve(MANIFEST)));
    } catch (NoSuchFileException e) {
      return Manifest.Owned.NONE;
    } catch (IOException e) {
      throw cannot("read the previous manifest in", e);
    }
  }

  private Set<OutputPath> absentPaths() throws IOException {
    var paths = new HashSet<OutputPath>();
    for (var line : Files.readAllLines(folder.resolve(ABSENT), StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        paths.add(OutputPath.of(line));
      }
    }
    return paths;
  }

  /** Makes the folder (root's alone) and refuses one that is a link or not a folder. */
  private void prepareFolder() throws IOException {
    Files.createDirectories(folder.getParent());
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectory(
          folder, PosixFilePermissions.asFileAttribute(PosixMode.toPermissions(0700)));
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(folder + " is not a folder");
    }
    Files.setPosixFilePermissions(folder, PosixMode.toPermissions(0700));
  }

  /** Writes entries as the tree name, complete before it replaces the one there. */
  private void writeTree(String name, List<RenderedFile> entries) throws IOException {
    Path fresh = folder.resolve(TEMP + name);
    deleteTree(fresh);
    Files.createDirectory(fresh);
    for (var entry : entries) {
      writeEntry(fresh, entry);
    }
    deleteTree(folder.resolve(name));
    Files.move(fresh, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  private static void writeEntry(Path into, RenderedFile entry) throws IOException {
    Path target = into.resolve(entry.path().relative());
    Files.createDirectories(target.getParent());
    if (entry instanceof RenderedFile.Regular file) {
      Files.write(target, file.content(), StandardOpenOption.CREATE_NEW);
      Files.setPosixFilePermissions(target, PosixMode.toPermissions(file.mode()));
    } else if (entry instanceof RenderedFile.Symlink link) {
      Files.createSymbolicLink(target, Path.of(link.target()));
    }
  }

  private static RenderedFile readEntry(OutputPath path, Path kept) throws IOException {
    if (Files.isSymbolicLink(kept)) {
      return new RenderedFile.Symlink(path, Files.readSymbolicLink(kept).toString());
    }
    int mode =
        PosixMode.fromPermissions(Files.getPosixFilePermissions(kept, LinkOption.NOFOLLOW_LINKS));
    return new RenderedFile.Regular(path, Files.readAllBytes(kept), mode);
  }

  private void writeAtomically(Path target, byte[] content) throws IOException {
    Path temp = Files.createTempFile(folder, TEMP, "");
    try {
      Files.write(temp, content);
      try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void deleteTree(Path top) throws IOException {
    if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(top)) {
      all = new ArrayList<>(walk.toList());
    }
    all.sort(Comparator.reverseOrder());
    for (var path : all) {
      Files.delete(path);
    }
  }

  private NetgenException cannot(String what, IOException e) {
    return new NetgenException(
        ExitCode.FAILURE, "cannot " + what + " " + folder + ": " + e.getMessage());
  }
}
