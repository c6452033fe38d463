package dev.netgen.write;

import dev.netgen.render.RenderedFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the manifest records of one entry netgen wrote: the SHA-256 of a regular file's bytes, or a
 * symbolic link's target. Comparing a live entry's fingerprint with the recorded one tells whether
 * the entry still holds what netgen wrote or was changed by hand since.
 */
final class Fingerprint {
  private Fingerprint() {}

  /** The recorded value of a rendered file or link. */
  static String of(RenderedFile wanted) {
    return wanted instanceof RenderedFile.Regular file
        ? sha256(file.content())
        : ((RenderedFile.Symlink) wanted).target();
  }

  /** The value of a live file or link, comparable with a recorded one; empty for anything else. */
  static String of(LiveEntry live) {
    if (live instanceof LiveEntry.File file) {
      return file.sha256();
    }
    return live instanceof LiveEntry.Link link ? link.target() : "";
  }

  /** Lower-case hex SHA-256, as sha256sum prints it. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
