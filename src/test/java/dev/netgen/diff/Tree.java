package dev.netgen.diff;

import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/** Builders for renders and live trees, shared by the diff tests. */
final class Tree {
  private Tree() {}

  static RenderedFile.Regular file(String path, String text, int mode) {
    return new RenderedFile.Regular(
        OutputPath.of(path), text.getBytes(StandardCharsets.UTF_8), mode);
  }

  static RenderedFile.Regular file(String path, String text) {
    return file(path, text, 0644);
  }

  static RenderedFile.Symlink link(String path, String target) {
    return new RenderedFile.Symlink(OutputPath.of(path), target);
  }

  static FileSet set(RenderedFile... files) {
    var set = new FileSet();
    for (var f : files) {
      set.add(f);
    }
    return set;
  }

  /** Writes a regular file under root with exactly this mode, making its folders. */
  static Path write(Path root, String path, String text, int mode) throws IOException {
    return write(root, path, text.getBytes(StandardCharsets.UTF_8), mode);
  }

  static Path write(Path root, String path, byte[] bytes, int mode) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(rwx(mode)));
    return file;
  }

  static Path symlink(Path root, String path, String target) throws IOException {
    Path link = root.resolve(path);
    Files.createDirectories(link.getParent());
    return Files.createSymbolicLink(link, Path.of(target));
  }

  /**
   * Copies a fixture tree, links as links. Modes are set from the executable bit alone (0755 or
   * 0644), since that is all git keeps: a checkout's umask must not change a golden.
   */
  /**
   * Writes a manifest (format 2) that owns these paths as they are under root now, as if netgen had
   * written them: a file's SHA-256, a link's target.
   */
  static void ownAsWritten(Path root, String... paths) throws Exception {
    var text = new StringBuilder("# netgen manifest 2\n");
    for (String path : paths) {
      Path at = root.resolve(path);
      if (Files.isSymbolicLink(at)) {
        text.append(path).append(" link target=").append(Files.readSymbolicLink(at)).append('\n');
      } else {
        var digest =
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(at));
        text.append(path)
            .append(" file sha256=")
            .append(java.util.HexFormat.of().formatHex(digest))
            .append('\n');
      }
    }
    write(root, "etc/netgen/manifest", text.toString(), 0644);
  }

  static void copy(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isSymbolicLink(source)) {
          Files.createSymbolicLink(target, Files.readSymbolicLink(source));
        } else if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          write(to, from.relativize(source).toString(), Files.readAllBytes(source), modeOf(source));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture tree read as the render it describes, with modes as {@link #copy} sets them. */
  static FileSet read(Path tree) {
    var set = new FileSet();
    try (Stream<Path> all = Files.walk(tree)) {
      for (Path source : all.sorted().toList()) {
        if (Files.isSymbolicLink(source)) {
          var target = Files.readSymbolicLink(source).toString();
          set.add(
              new RenderedFile.Symlink(OutputPath.of(tree.relativize(source).toString()), target));
        } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
          var path = OutputPath.of(tree.relativize(source).toString());
          set.add(new RenderedFile.Regular(path, Files.readAllBytes(source), modeOf(source)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return set;
  }

  private static int modeOf(Path file) throws IOException {
    return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE)
        ? 0755
        : 0644;
  }

  private static String rwx(int mode) {
    var text = new StringBuilder();
    String letters = "rwxrwxrwx";
    for (int bit = 8; bit >= 0; bit--) {
      text.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
    }
    return text.toString();
  }

  static String unified(Comparison comparison) {
    return printed(new UnifiedFormat(), comparison);
  }

  static String json(Comparison comparison) {
    return printed(new JsonFormat(), comparison);
  }

  private static String printed(DiffFormat format, Comparison comparison) {
    var text = new StringWriter();
    format.print(comparison, new PrintWriter(text));
    return text.toString();
  }
}
