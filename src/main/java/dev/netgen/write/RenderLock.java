package dev.netgen.write;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.text.Text;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps two renders into one root from interleaving: an exclusive lock on {@code
 * <root>/etc/netgen/.lock}, held from planning to the last fsync.
 *
 * <p>A second render waits, polling, up to a bounded time and then fails with exit 2 naming the
 * lock, rather than blocking for ever: config management runs netgen unattended, and a hung render
 * would hang every later run on the host with it. The lock file is created when missing and removed
 * only by netgen uninstall, as its last step; a render that was waiting on the removed file sees
 * that the path no longer names what it locked and locks the new file instead. It is not in the
 * manifest, so a render's clean-up never touches it.
 *
 * <p>The OS lock (fcntl on Linux) belongs to the process, not the thread, and closing any channel
 * on the file drops every lock this process holds on it. So renders inside one JVM are first
 * serialised by a semaphore per root folder (keyed by device and inode), taken before the lock file
 * is even opened. That map is the one piece of static state here, because the thing it mirrors, the
 * OS lock, is per process too; it keeps one small entry per root ever locked.
 */
public final class RenderLock implements AutoCloseable {
  static final String FILE_NAME = ".lock";
  static final int MODE = 0600;
  private static final long POLL_MILLIS = 50;
  private static final ConcurrentMap<Object, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();

  private final Semaphore inProcess;
  private final FileChannel channel;
  private final FileLock lock;
  private final boolean created;
  private boolean closed;

  private RenderLock(Semaphore inProcess, FileChannel channel, FileLock lock, boolean created) {
    this.inProcess = inProcess;
    this.channel = channel;
    this.lock = lock;
    this.created = created;
  }

  /** Whether this run created the lock file (a render refused before writing removes it again). */
  boolean createdFile() {
    return created;
  }

  /** Takes the lock, waiting at most {@code wait}; exit 2 when another render still holds it. */
  public static RenderLock acquire(OutputRoot root, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    Semaphore inProcess;
    try {
      inProcess = IN_THIS_PROCESS.computeIfAbsent(root.identity(), key -> new Semaphore(1));
      if (!inProcess.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw busy(root, wait);
      }
    } catch (IOException e) {
      throw IoFailures.cannot("lock", shown(), e);
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
    FileChannel channel = null;
    boolean locked = false;
    try {
      Path file = root.prepareParent(Manifest.PATH, new HashSet<>()).resolveSibling(FILE_NAME);
      while (true) {
        boolean created = createPrivately(file);
        Object opened = requireLockFile(file, root);
        if (opened == null) {
          continue; // removed by netgen uninstall since it was created
        }
        // Read and write: O_RDWR never blocks, even on a FIFO swapped in since the check above
        // (O_WRONLY waits for a reader, for ever); the key compared below then tells.
        channel =
            FileChannel.open(
                file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        var lock = waitForLock(channel, deadline, root, wait);
        if (opened.equals(keyOf(file))) {
          var held = new RenderLock(inProcess, channel, lock, created);
          locked = true;
          return held;
        }
        // netgen uninstall removed the lock file while this run waited on it: lock the new one.
        closeQuietly(channel);
        channel = null;
      }
    } catch (IOException e) {
      throw IoFailures.cannot("lock", shown(), e);
    } finally {
      if (!locked) {
        closeQuietly(channel);
        inProcess.release();
      }
    }
  }

  /**
   * The lock file's identity (device and inode), after checking that it is a regular file owned by
   * root or the user running netgen: a FIFO there would block the open, a link would lead the lock
   * elsewhere, and a file someone else owns could be held by them for ever. Exit 2 otherwise.
   */
  private static Object requireLockFile(Path file, OutputRoot root) throws IOException {
    PosixFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    String what =
        attributes.isSymbolicLink()
            ? "a symbolic link"
            : attributes.isDirectory()
                ? "a directory"
                : attributes.isRegularFile() ? null : new LiveEntry.Other().describe();
    if (what != null) {
      throw refused(root, "it is " + what + ", not the regular file netgen locks");
    }
    if (!Owners.trusted(attributes)) {
      throw refused(
          root,
          "it belongs to "
              + Text.forTerminal(attributes.owner().getName())
              + ", neither root nor the user running netgen, who could hold it for ever");
    }
    return attributes.fileKey();
  }

  private static NetgenException refused(OutputRoot root, String why) {
    return new NetgenException(
        ExitCode.FAILURE,
        "cannot lock "
            + shown()
            + " under "
            + root.given()
            + ": "
            + why
            + "; remove it and run again");
  }

  /** The lock file's identity (device and inode), or null when it is gone. */
  private static Object keyOf(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .fileKey();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Removes the lock file (uninstall, or a render refused before writing, holding it, last). */
  void removeFile(OutputRoot root) throws IOException {
    var file = root.locateExisting(Manifest.PATH);
    if (file.isPresent()) {
      Files.deleteIfExists(file.get().resolveSibling(FILE_NAME));
    }
  }

  /**
   * Creates the lock file 0600 whatever the umask: anyone who can open it for writing can take the
   * lock and hold every render off (under umask 000 a plain create would make it 0666).
   */
  private static boolean createPrivately(Path file) throws IOException {
    try {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      return false;
    }
    PosixMode.set(file, MODE);
    return true;
  }

  private static FileLock waitForLock(
      FileChannel channel, long deadline, OutputRoot root, Duration wait) throws IOException {
    while (true) {
      try {
        var lock = channel.tryLock();
        if (lock != null) {
          return lock;
        }
      } catch (OverlappingFileLockException e) {
        // Held elsewhere in this JVM under another key (a second name for the same folder):
        // as busy as another process holding it.
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw busy(root, wait);
      }
      try {
        Thread.sleep(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
      } catch (InterruptedException e) {
        throw interrupted(e);
      }
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // Closing the channel releases the lock whatever happens; nothing is left to undo.
    } finally {
      inProcess.release();
    }
  }

  private static NetgenException busy(OutputRoot root, Duration wait) {
    return new NetgenException(
        ExitCode.FAILURE,
        "cannot lock "
            + shown()
            + " under "
            + root.given()
            + ": another netgen render still holds it after "
            + describe(wait)
            + "; run again when it has finished");
  }

  private static NetgenException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new NetgenException(
        ExitCode.FAILURE, "interrupted while waiting for the lock " + shown(), e);
  }

  /** Where the lock is, as on the target host: /etc/netgen/.lock. */
  private static String shown() {
    String manifest = Manifest.PATH.absolute();
    return manifest.substring(0, manifest.lastIndexOf('/') + 1) + FILE_NAME;
  }

  private static String describe(Duration wait) {
    return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // Already failing; the original error is the one to report.
    }
  }
}
