package dev.netgen.write;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.OutputPath;
import dev.netgen.text.Text;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The folder a render writes into (--out) or diff reads (--root), and the guard that keeps every
 * access inside it.
 *
 * <p>The root itself is trusted as the user named it: it is resolved once with toRealPath, so
 * {@code --out /srv/hv01} may be a link to wherever the admin keeps it. Below the root no existing
 * folder may be a symbolic link, because a link such as {@code root/etc -> /etc} would carry a
 * write (or a clean-up) out of the root; such a path is refused with exit 2. Each folder is also
 * checked to resolve under the root's real path. The final component of a path is never followed: a
 * link there is read as a link and replaced or removed as one.
 *
 * <p>What this does not stop: someone who can write below the root swapping a folder for a link
 * between the check and the write. Java has no openat/O_NOFOLLOW per component; the render lock
 * keeps out other netgen runs, and a live root's folders belong to root.
 *
 * <p>One instance serves one render (it caches the folders it has checked) and one thread; only
 * {@link #readReachable} may be called from others.
 */
public final class OutputRoot {
  private final Path given;
  private final Path real;
  private final boolean writable;
  private final Set<Path> checkedFolders = new HashSet<>();

  /**
   * Folders this instance created (the lock's, before planning), for the manifest's folder lines.
   */
  private final Set<OutputPath> createdFolders = new HashSet<>();

  /** Folders found missing while planning: every folder below one is missing too. */
  private final Set<Path> missingFolders = new HashSet<>();

  private OutputRoot(Path given, Path real, boolean writable) {
    this.given = given;
    this.real = real;
    this.writable = writable;
  }

  /** A root to write into; created (with its parents) when missing. */
  public static OutputRoot forWriting(Path root) {
    try {
      SafeRoot.create(root);
      var real = realFolder(root);
      SafeRoot.require(root, real);
      return new OutputRoot(root, real, true);
    } catch (IOException e) {
      throw IoFailures.cannot("write under", root.toString(), e);
    }
  }

  /** A root only to read: a root that does not exist reads as empty, and nothing is created. */
  public static OutputRoot forReading(Path root) {
    if (Files.notExists(root, LinkOption.NOFOLLOW_LINKS)) {
      return new OutputRoot(root, null, false);
    }
    try {
      var real = realFolder(root);
      SafeRoot.require(root, real);
      return new OutputRoot(root, real, false);
    } catch (IOException e) {
      throw IoFailures.cannot("read", root.toString(), e);
    }
  }

  private static Path realFolder(Path root) throws IOException {
    Path real = root.toRealPath();
    if (!Files.isDirectory(real)) {
      throw new NetgenException(
          ExitCode.FAILURE, "cannot use " + root + " as the output root: it is not a directory");
    }
    return real;
  }

  /** The root as the user gave it, for messages. */
  public Path given() {
    return given;
  }

  /** What is on disk at path. Refuses (exit 2) when a folder on the way is a symbolic link. */
  public LiveEntry inspect(OutputPath path) throws IOException {
    var unreachable = unreachable(path);
    return unreachable.isPresent() ? unreachable.get() : readReachable(path);
  }

  /**
   * The first half of {@link #inspect}: checks the folders above path (refusing a link, exit 2) and
   * says why nothing can be at path (a folder missing, or one that is a file), or empty when {@link
   * #readReachable} may read it. Uses this root's cache of checked folders, so only the root's own
   * thread calls it.
   */
  Optional<LiveEntry> unreachable(OutputPath path) throws IOException {
    return real == null ? Optional.of(LiveEntry.MISSING) : walk(path, false, Set.of());
  }

  /**
   * The second half of {@link #inspect}, for a path whose folders {@link #unreachable} has passed:
   * reads what is at path itself, never following a link there. Touches no state of this root, so
   * any thread may call it.
   */
  LiveEntry readReachable(OutputPath path) throws IOException {
    return LiveEntry.read(real.resolve(path.relative()));
  }

  /**
   * Makes sure every folder above path exists (created 0755, whatever the umask) and is a real
   * folder inside the root; returns where path is on disk. Folders whose entries changed because a
   * folder was created in them are added to changedFolders, for the caller to fsync.
   */
  Path prepareParent(OutputPath path, Set<Path> changedFolders) throws IOException {
    if (!writable) {
      throw new IllegalStateException("a root opened for reading is never written");
    }
    var unreachable = walk(path, true, changedFolders);
    if (unreachable.isPresent()
        && unreachable.get() instanceof LiveEntry.UnderNonDirectory blocked) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "cannot write "
              + path.absolute()
              + ": "
              + blocked.component().absolute()
              + " is not a directory");
    }
    return real.resolve(path.relative());
  }

  /** The identity of the root folder (device and inode where the platform has them). */
  Object identity() throws IOException {
    Object key = Files.readAttributes(real, BasicFileAttributes.class).fileKey();
    return key != null ? key : real;
  }

  /** Where path is on disk when every folder above it exists; checked as {@link #inspect} does. */
  Optional<Path> locateExisting(OutputPath path) throws IOException {
    if (real == null || walk(path, false, Set.of()).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(real.resolve(path.relative()));
  }

  /** The folders this root has created so far. */
  Set<OutputPath> createdFolders() {
    return Set.copyOf(createdFolders);
  }

  /**
   * The folders above path that do not exist, top first: those writing path would create. For a
   * path {@link #unreachable} found MISSING; only the root's own thread calls it.
   */
  List<OutputPath> missingFoldersAbove(OutputPath path) throws IOException {
    var missing = new ArrayList<OutputPath>();
    String relative = path.relative();
    boolean below = real == null;
    for (int slash = relative.indexOf('/'); slash > 0; slash = relative.indexOf('/', slash + 1)) {
      var folder = new OutputPath(relative.substring(0, slash));
      if (!below) {
        Path onDisk = real.resolve(folder.relative());
        below =
            !checkedFolders.contains(onDisk)
                && (missingFolders.contains(onDisk)
                    || Files.notExists(onDisk, LinkOption.NOFOLLOW_LINKS));
        if (below) {
          missingFolders.add(onDisk);
        }
      }
      if (below) {
        missing.add(folder);
      }
    }
    return missing;
  }

  /**
   * What is at path, for the take-over guard's list: kind, size, mode and owner, or a link's
   * target, as {@code ls -l} would tell an admin.
   */
  String describe(OutputPath path) throws IOException {
    Path onDisk = real.resolve(path.relative());
    var attributes =
        Files.readAttributes(onDisk, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String owner =
        ", owner "
            + Text.forTerminal(attributes.owner().getName())
            + ":"
            + Text.forTerminal(attributes.group().getName());
    String mode =
        "mode " + String.format("%04o", PosixMode.fromPermissions(attributes.permissions()));
    if (attributes.isSymbolicLink()) {
      return "a symbolic link -> "
          + Text.forWarning(Files.readSymbolicLink(onDisk).toString())
          + owner;
    }
    if (attributes.isDirectory()) {
      return "a directory, " + mode + owner;
    }
    if (attributes.isRegularFile()) {
      return "a regular file, " + attributes.size() + " bytes, " + mode + owner;
    }
    return "a special file (device, FIFO or socket), " + mode + owner;
  }

  /** A host path below the root as it is on the target host, for messages: /etc/conf.d. */
  String show(Path below) {
    return "/" + real.relativize(below);
  }

  /**
   * Walks the folders above path from the root down. Returns empty when they all exist, else why
   * path cannot exist: MISSING when a folder does not (and create is off), UnderNonDirectory when
   * one is a file.
   */
  private Optional<LiveEntry> walk(OutputPath path, boolean create, Set<Path> changedFolders)
      throws IOException {
    String[] segments =
        path.relative().split("/", -1); // OutputPath's grammar allows no empty segment
    Path folder = real;
    var shown = new StringBuilder();
    for (int i = 0; i < segments.length - 1; i++) {
      Path parent = folder;
      folder = folder.resolve(segments[i]);
      shown.append('/').append(segments[i]);
      if (checkedFolders.contains(folder)) {
        continue;
      }
      PosixFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        if (!create) {
          return Optional.of(LiveEntry.MISSING);
        }
        try {
          Files.createDirectory(folder);
          PosixMode.set(folder, PosixMode.DIRECTORY);
          changedFolders.add(parent);
          createdFolders.add(OutputPath.of(shown.substring(1)));
        } catch (FileAlreadyExistsException raced) {
          // Another render made it first (the lock folder is prepared before the lock is held):
          // take what is there now through the same checks as a folder found on disk.
        }
        attributes =
            Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      }
      if (attributes.isSymbolicLink()) {
        String target = Text.forWarning(Files.readSymbolicLink(folder).toString());
        throw refusal(path, shown + " is a symbolic link (to " + target + ")");
      }
      if (!attributes.isDirectory()) {
        return Optional.of(new LiveEntry.UnderNonDirectory(OutputPath.of(shown.substring(1))));
      }
      if (!Owners.trusted(attributes)) {
        throw refusal(
            path,
            shown + " belongs to " + Text.forTerminal(attributes.owner().getName()),
            SafeRoot.CONSEQUENCE);
      }
      if (Owners.othersMayWrite(attributes)) {
        throw refusal(
            path,
            shown
                + " may be written by others (mode "
                + String.format("%04o", PosixMode.fromPermissions(attributes.permissions()))
                + ")",
            SafeRoot.CONSEQUENCE);
      }
      if (!folder.toRealPath().startsWith(real)) {
        throw refusal(
            path, shown + " resolves to " + folder.toRealPath() + ", outside the output root");
      }
      checkedFolders.add(folder);
    }
    return Optional.empty();
  }

  private NetgenException refusal(OutputPath path, String why) {
    return refusal(
        path,
        why,
        "netgen follows no links below the output root "
            + given
            + ", so it never reaches outside it");
  }

  private NetgenException refusal(OutputPath path, String why, String because) {
    String verb = writable ? "write" : "read";
    return new NetgenException(
        ExitCode.FAILURE,
        "refusing to " + verb + " " + path.absolute() + ": " + why + "; " + because);
  }
}
