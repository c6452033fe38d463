package dev.netgen.write;

import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Who may own what netgen writes into and through: root, and the user running netgen. Anyone else
 * who owns a folder on the way, or may write to it, could swap an entry netgen has just checked for
 * a link elsewhere, so such a folder is refused (docs/ownership.md, "Whose folders").
 *
 * <p>Owners are compared by name, as the JDK gives them from the passwd database ({@code
 * PosixFileAttributes#owner}): uid 0 is named root, and the running user's name is the one the JVM
 * looked up for its uid at start. A uid with no passwd entry shows as its number and is trusted
 * only when it is the running user's.
 */
final class Owners {
  private static final String ROOT = "root";
  private static final String RUNNING = System.getProperty("user.name");

  private Owners() {}

  /** Whether root or the running user owns the entry. */
  static boolean trusted(PosixFileAttributes attributes) {
    String owner = attributes.owner().getName();
    return owner.equals(ROOT) || owner.equals(RUNNING);
  }

  /** Whether someone other than the owner may create, rename or remove entries in the folder. */
  static boolean othersMayWrite(PosixFileAttributes folder) {
    var permissions = folder.permissions();
    return permissions.contains(PosixFilePermission.GROUP_WRITE)
        || permissions.contains(PosixFilePermission.OTHERS_WRITE);
  }
}
