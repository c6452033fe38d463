package dev.netgen.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Octal permission bits to NIO permission sets and back; netgen sets modes, never the umask. */
public final class PosixMode {
  static final int DIRECTORY = 0755;
  private static final PosixFilePermission[] BITS = PosixFilePermission.values();

  private PosixMode() {}

  /** Rejects bits NIO cannot set (setuid, sticky): a render asking for them is a bug. */
  static int checked(int mode) {
    if ((mode & ~0777) != 0) {
      throw new IllegalArgumentException(
          "mode " + Integer.toOctalString(mode) + " has bits beyond 0777");
    }
    return mode;
  }

  public static Set<PosixFilePermission> toPermissions(int mode) {
    checked(mode);
    var permissions = EnumSet.noneOf(PosixFilePermission.class);
    // PosixFilePermission is declared OWNER_READ ... OTHERS_EXECUTE: bit 8 down to bit 0.
    for (int i = 0; i < BITS.length; i++) {
      if ((mode & (1 << (8 - i))) != 0) {
        permissions.add(BITS[i]);
      }
    }
    return permissions;
  }

  public static int fromPermissions(Set<PosixFilePermission> permissions) {
    int mode = 0;
    for (int i = 0; i < BITS.length; i++) {
      if (permissions.contains(BITS[i])) {
        mode |= 1 << (8 - i);
      }
    }
    return mode;
  }

  /** Sets the mode without following a link at path (fchmod on an O_NOFOLLOW descriptor). */
  static void set(Path path, int mode) throws IOException {
    Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        .setPermissions(toPermissions(mode));
  }
}
