package dev.netgen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A rendered tree as the tests compare it: relative path to "file MODE" + bytes or "link TARGET".
 * Modes are what git keeps, executable (0755) or not (0644), so a checkout under any umask compares
 * equal.
 */
record RenderedTree(Map<String, Entry> entries) {
  /** One path: a regular file with its mode and bytes, or a symlink with its target. */
  record Entry(String kind, String text) {
    static Entry file(int mode, byte[] bytes) {
      return new Entry(String.format("file %04o", mode), new String(bytes, StandardCharsets.UTF_8));
    }

    static Entry link(String target) {
      return new Entry("link -> " + target, "");
    }
  }

  static RenderedTree of(FileSet files) {
    var entries = new TreeMap<String, Entry>();
    for (RenderedFile f : files.files()) {
      if (f instanceof RenderedFile.Regular r) {
        entries.put(f.path().relative(), Entry.file(gitMode(r.mode()), r.content()));
      } else if (f instanceof RenderedFile.Symlink s) {
        entries.put(f.path().relative(), Entry.link(s.target()));
      }
    }
    return new RenderedTree(entries);
  }

  /** Reads a tree from disk without following links; a missing folder is an empty tree. */
  static RenderedTree read(Path root) {
    var entries = new TreeMap<String, Entry>();
    if (!Files.isDirectory(root)) {
      return new RenderedTree(entries);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          entries.put(rel, Entry.link(Files.readSymbolicLink(p).toString()));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          boolean exec =
              Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)
                  .contains(PosixFilePermission.OWNER_EXECUTE);
          entries.put(rel, Entry.file(exec ? 0755 : 0644, Files.readAllBytes(p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderedTree(entries);
  }

  /** Writes a FileSet under root as the writer would lay it out (tests and regeneration only). */
  static void write(FileSet files, Path root) {
    try {
      for (RenderedFile f : files.files()) {
        Path p = root.resolve(f.path().relative());
        Files.createDirectories(p.getParent());
        Files.deleteIfExists(p);
        if (f instanceof RenderedFile.Regular r) {
          Files.write(p, r.content());
          Files.setPosixFilePermissions(p, permissions(r.mode()));
        } else if (f instanceof RenderedFile.Symlink s) {
          Files.createSymbolicLink(p, Path.of(s.target()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int gitMode(int mode) {
    return (mode & 0100) != 0 ? 0755 : 0644;
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    var text = new StringBuilder();
    String rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      text.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
    }
    return PosixFilePermissions.fromString(text.toString());
  }
}
