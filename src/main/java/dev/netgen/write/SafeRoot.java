package dev.netgen.write;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.text.Text;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Refuses an output root that someone other than root and the user running netgen could redirect
 * (docs/ownership.md, "Whose folders"). Whoever may create, rename or remove entries in a folder on
 * the way to the root can swap the next folder for a link between netgen's check and its write, and
 * make root write anywhere; no later check can see that. So, walking from / to the root's real path
 * one open directory at a time (openat with O_NOFOLLOW, the attributes read from the open
 * descriptor, so no path is resolved twice):
 *
 * <ul>
 *   <li>every folder must belong to root or to the running user;
 *   <li>a folder above the root that others may write to (/tmp) is passed only when its sticky bit
 *       is set and the entry on the way belongs to root or the running user: the sticky bit lets
 *       only an entry's owner rename or remove it;
 *   <li>the root itself may not be writable by group or others at all, sticky or not: netgen
 *       creates names in it that someone else could take first.
 * </ul>
 *
 * A link on the given path (--out /srv/hv01 where /srv/hv01 is a link) is followed once, when the
 * root is resolved, and is held to the same rule: it must belong to root or the running user, and
 * the folder holding it must pass the walk, so nobody else can have pointed it elsewhere. Folders
 * below the root are checked one by one as a render reaches them ({@link OutputRoot}).
 */
final class SafeRoot {
  private static final int STICKY = 01000;

  private SafeRoot() {}

  /**
   * Makes the missing folders of root, 0755 whatever the umask, as {@code mkdir -p} would. A folder
   * that appears meanwhile is taken as found; the walk that follows decides whether it is safe.
   */
  static void create(Path root) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    Path folder = absolute.getRoot();
    for (Path name : absolute) {
      folder = folder.resolve(name);
      if (Files.notExists(folder, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.createDirectory(folder);
          PosixMode.set(folder, PosixMode.DIRECTORY);
        } catch (FileAlreadyExistsException raced) {
          // someone made it first: checked below like any folder found
        }
      }
    }
  }

  /** Checks the walk to real (the given root resolved) and every link on the given path. */
  static void require(Path given, Path real) throws IOException {
    walk(given, real, true);
    Path absolute = given.toAbsolutePath().normalize();
    Path prefix = absolute.getRoot();
    for (Path name : absolute) {
      prefix = prefix.resolve(name);
      if (Files.isSymbolicLink(prefix)) {
        var link =
            Files.readAttributes(prefix, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!Owners.trusted(link)) {
          throw refused(given, prefix + " is a link that belongs to " + owner(link));
        }
        walk(given, prefix.getParent().toRealPath(), false);
      }
    }
  }

  /**
   * The walk from / to folder; isRoot: folder is the output root itself. Each directory stream is
   * closed once the next one is open (in the finally for the last), which try-with-resources cannot
   * express for a chain.
   */
  @SuppressWarnings("StreamResourceLeak")
  private static void walk(Path given, Path folder, boolean isRoot) throws IOException {
    if (!(Files.newDirectoryStream(folder.getRoot()) instanceof SecureDirectoryStream<Path> top)) {
      throw new IllegalStateException("netgen needs openat (SecureDirectoryStream): Linux has it");
    }
    SecureDirectoryStream<Path> current = top;
    Path shown = folder.getRoot();
    try {
      var attributes = attributes(current);
      requireOwner(given, shown, attributes);
      for (Path name : folder) {
        var next = current.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
        current.close();
        current = next;
        Path parent = shown;
        shown = shown.resolve(name);
        boolean openParent = Owners.othersMayWrite(attributes);
        attributes = attributes(next);
        requireOwner(given, shown, attributes);
        if (openParent && !sticky(parent)) {
          throw refused(given, parent + " may be written by others (" + mode(parent) + ")");
        }
      }
      if (isRoot && Owners.othersMayWrite(attributes)) {
        throw refused(given, shown + " may be written by others (" + mode(shown) + ")");
      }
    } finally {
      current.close();
    }
  }

  private static PosixFileAttributes attributes(SecureDirectoryStream<Path> folder)
      throws IOException {
    return folder.getFileAttributeView(PosixFileAttributeView.class).readAttributes();
  }

  private static void requireOwner(Path given, Path shown, PosixFileAttributes attributes) {
    if (!Owners.trusted(attributes)) {
      throw refused(given, shown + " belongs to " + owner(attributes));
    }
  }

  /**
   * The sticky bit, which NIO's POSIX view leaves out: read by path, for a folder whose owner the
   * walk has just checked on its descriptor, so only root or the running user could change it.
   */
  private static boolean sticky(Path folder) throws IOException {
    return ((Integer) Files.getAttribute(folder, "unix:mode", LinkOption.NOFOLLOW_LINKS) & STICKY)
        != 0;
  }

  private static String mode(Path folder) throws IOException {
    int mode = (Integer) Files.getAttribute(folder, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    return "mode " + String.format("%04o", mode & 07777);
  }

  private static String owner(PosixFileAttributes attributes) {
    return Text.forTerminal(attributes.owner().getName());
  }

  static NetgenException refused(Path given, String why) {
    return new NetgenException(
        ExitCode.FAILURE,
        "refusing the output root "
            + given
            + ": "
            + why
            + "; "
            + CONSEQUENCE
            + "; use a folder only you can write (mktemp -d makes one)");
  }

  /** Why a folder someone else controls is refused, for every such refusal. */
  static final String CONSEQUENCE =
      "someone other than root and the user running netgen could swap a folder there for a link"
          + " between netgen's check and its write";
}
