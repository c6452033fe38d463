package dev.netgen.write;

import dev.netgen.model.OutputPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;

/**
 * What is on disk at one output path, read without following a link there. The planner compares it
 * with the render; diff can show it (the live side) without reading the path again.
 */
public sealed interface LiveEntry {
  Missing MISSING = new Missing();
  Directory DIRECTORY = new Directory();

  /**
   * The largest file netgen reads back (16 MiB): hundreds of times any configuration it writes, and
   * small enough that reading it on a few threads at once cannot exhaust the heap. A larger file is
   * an {@link Oversized}, never read. The writer refuses to write a file this large, so one found
   * at an owned path was not written by netgen.
   */
  int MAX_READ = 16 << 20;

  /** For messages: "a directory", "a symbolic link", ... */
  String describe();

  /** Nothing at the path. */
  record Missing() implements LiveEntry {
    @Override
    public String describe() {
      return "missing";
    }
  }

  /** Nothing at the path, and it cannot be created: a folder on the way is a file, not a folder. */
  record UnderNonDirectory(OutputPath component) implements LiveEntry {
    @Override
    public String describe() {
      return "missing: " + component.absolute() + " is not a directory";
    }
  }

  /**
   * A regular file; mode holds the permission bits only (0777 mask). Nothing compares two File
   * values as a whole (the planner compares contents with Arrays.equals), so the array's identity
   * equality is never used.
   */
  @SuppressWarnings("ArrayRecordComponent")
  record File(byte[] content, int mode) implements LiveEntry {
    public File {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    boolean sameBytes(byte[] other) {
      return Arrays.equals(content, other);
    }

    /** The SHA-256 of the bytes, as the manifest records what netgen wrote. */
    String sha256() {
      return Fingerprint.sha256(content);
    }

    int size() {
      return content.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof File f && f.mode == mode && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(content) * 31 + mode;
    }

    @Override
    public String toString() {
      return "File[" + content.length + " bytes, " + Integer.toOctalString(mode) + "]";
    }

    @Override
    public String describe() {
      return "a regular file";
    }
  }

  /**
   * A regular file larger than {@link #MAX_READ}: its size and mode only, its bytes never read (a 3
   * GiB sparse file would otherwise exhaust the heap). It differs from anything netgen writes, and
   * it is never netgen's own: owned, it reads as changed by hand; unowned, the take-over guard
   * stops the render.
   */
  record Oversized(long size, int mode) implements LiveEntry {
    @Override
    public String describe() {
      return "a regular file of "
          + size
          + " bytes (over "
          + (MAX_READ >> 20)
          + " MiB: netgen does not read it)";
    }
  }

  /** A symbolic link; target is its text, never resolved. */
  record Link(String target) implements LiveEntry {
    @Override
    public String describe() {
      return "a symbolic link";
    }
  }

  /** A directory: netgen never replaces or removes one. */
  record Directory() implements LiveEntry {
    @Override
    public String describe() {
      return "a directory";
    }
  }

  /** A device, FIFO or socket: not something netgen writes, so not something it replaces. */
  record Other() implements LiveEntry {
    @Override
    public String describe() {
      return "a special file (device, FIFO or socket)";
    }
  }

  /**
   * Reads the entry at path, whose parent folders the caller has already checked. Never follows a
   * link at path itself: a link is reported as a link, and a regular file is opened O_NOFOLLOW.
   */
  static LiveEntry read(Path path) throws IOException {
    PosixFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return MISSING;
    }
    if (attributes.isSymbolicLink()) {
      return new Link(Files.readSymbolicLink(path).toString());
    }
    if (attributes.isDirectory()) {
      return DIRECTORY;
    }
    if (!attributes.isRegularFile()) {
      return new Other();
    }
    int mode = PosixMode.fromPermissions(attributes.permissions());
    if (attributes.size() > MAX_READ) {
      return new Oversized(attributes.size(), mode);
    }
    try (var in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
      // bounded even when the file grew since its size was read
      byte[] content = in.readNBytes(MAX_READ + 1);
      return content.length > MAX_READ
          ? new Oversized(content.length, mode)
          : new File(content, mode);
    }
  }
}
