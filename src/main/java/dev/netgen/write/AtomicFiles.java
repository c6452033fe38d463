package dev.netgen.write;

import dev.netgen.model.OutputPath;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces one directory entry atomically: the new file or link is made under a temporary name in
 * the same folder, made durable, then renamed over the target, so a reader (or a crash) sees the
 * old entry or the new one, never half of one. Renaming replaces a link itself, never what it
 * points at.
 *
 * <p>Temporary names start with {@value #TEMP_PREFIX}, so one left by a crash is recognisable; a
 * failed write deletes its own. The caller fsyncs the folder afterwards ({@link #syncFolder}), once
 * per folder rather than once per file.
 */
final class AtomicFiles {
  static final String TEMP_PREFIX = ".netgen-tmp-";
  private static final int NAME_ATTEMPTS = 100;

  private AtomicFiles() {}

  /** Writes bytes with exactly this mode (set explicitly, so the umask plays no part). */
  static void writeFile(Path target, byte[] content, int mode) throws IOException {
    // createTempFile makes the file 0600 and fails rather than reuse an existing name.
    Path temp = Files.createTempFile(target.getParent(), TEMP_PREFIX, "");
    boolean renamed = false;
    try {
      try (var channel =
          FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
        var buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        PosixMode.set(temp, mode);
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      renamed = true;
    } finally {
      if (!renamed) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Makes target a symbolic link with this text, replacing a file or link already there. */
  static void writeLink(Path target, String linkTarget) throws IOException {
    Path temp = createTempLink(target.getParent(), linkTarget);
    boolean renamed = false;
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      renamed = true;
    } finally {
      if (!renamed) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Moves the entry at from (a file, a link as a link, or a whole folder) to to, whose folders are
   * made as needed, with one rename: at every moment the entry is at one of the two places, with
   * its inode and so its mode, owner and times. Never replaces what is at to; fails rather than
   * copy across file systems.
   */
  static void moveEntry(OutputRoot root, OutputPath from, OutputPath to, Set<Path> changedFolders)
      throws IOException {
    Path source =
        root.locateExisting(from).orElseThrow(() -> new NoSuchFileException(from.absolute()));
    Path target = root.prepareParent(to, changedFolders);
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(to.absolute());
    }
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    changedFolders.add(source.getParent());
    changedFolders.add(target.getParent());
  }

  /** fsync on the folder, so the renames and removals in it survive a crash. */
  static void syncFolder(Path folder) throws IOException {
    try (var channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  private static Path createTempLink(Path folder, String linkTarget) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp =
          folder.resolve(
              TEMP_PREFIX + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()));
      try {
        return Files.createSymbolicLink(temp, Path.of(linkTarget));
      } catch (FileAlreadyExistsException e) {
        if (attempt == NAME_ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
