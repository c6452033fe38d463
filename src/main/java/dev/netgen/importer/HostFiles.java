package dev.netgen.importer;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.text.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The host's files as import may read them: only below the root (a path or link that leads out is
 * refused), only regular files (never a FIFO or a device, which could block or never end), at most
 * {@link #MAX_BYTES} each. A file that exists but cannot be read is exit 2.
 */
final class HostFiles {
  /**
   * As the model loader's limit: no network file is anywhere near it, and a 10 MB file fails at
   * once.
   */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Path root;
  private final String shownRoot;

  HostFiles(Path root) {
    this(root, root.toString());
  }

  /** shown: the root as the user wrote it, for the model's header. */
  HostFiles(Path root, String shown) {
    try {
      this.root = root.toRealPath();
    } catch (IOException e) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "import: cannot read the root " + Text.forMessage(root.toString()) + ": " + reason(e));
    }
    this.shownRoot = shown;
  }

  String shownRoot() {
    return shownRoot;
  }

  /** A host path ("/etc/conf.d/net" or "etc/conf.d/net") below the root, if it stays there. */
  Optional<Path> resolve(String hostPath) {
    String rel = hostPath.startsWith("/") ? hostPath.substring(1) : hostPath;
    Path p = root.resolve(rel).normalize();
    if (!p.startsWith(root)) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /** The host path of a file below the root, as messages show it: "/etc/conf.d/net". */
  String hostPath(Path p) {
    return "/" + root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Whether the path exists below the root (a link counts, even a dangling one). */
  boolean exists(String hostPath) {
    return resolve(hostPath).map(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).orElse(false);
  }

  /** The real path of a file if it and everything it links to stays below the root. */
  Optional<Path> real(Path p) {
    try {
      Path real = p.toRealPath();
      return real.startsWith(root) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The lines of a host file, or empty when it does not exist; exit 2 when it cannot be read. */
  Optional<List<String>> lines(String hostPath) {
    var p = resolve(hostPath);
    if (p.isEmpty() || !Files.exists(p.get(), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(read(p.get(), hostPath));
  }

  List<String> read(Path p, String shown) {
    Path real =
        real(p)
            .orElseThrow(
                () ->
                    unreadable(
                        shown, "it leads outside the root, or is a dangling link or a loop"));
    if (!Files.isRegularFile(real)) {
      throw unreadable(shown, "not a regular file");
    }
    try {
      long size = Files.size(real);
      if (size > MAX_BYTES) {
        throw unreadable(
            shown, size + " bytes; import reads files of at most " + MAX_BYTES + " bytes");
      }
      String text = new String(Files.readAllBytes(real), StandardCharsets.UTF_8);
      return List.of(text.split("\r?\n", -1));
    } catch (IOException e) {
      throw unreadable(shown, reason(e));
    }
  }

  /** A file named on the command line (--firewall), read with the same limits but from anywhere. */
  List<String> readOutside(Path p, String shown) {
    try {
      Path real = p.toRealPath();
      if (!Files.isRegularFile(real)) {
        throw unreadable(shown, "not a regular file");
      }
      long size = Files.size(real);
      if (size > MAX_BYTES) {
        throw unreadable(
            shown, size + " bytes; import reads files of at most " + MAX_BYTES + " bytes");
      }
      return List.of(
          new String(Files.readAllBytes(real), StandardCharsets.UTF_8).split("\r?\n", -1));
    } catch (IOException e) {
      throw unreadable(shown, reason(e));
    }
  }

  /** The entries of a folder below the root, sorted by name; empty when there is none. */
  List<Path> list(String hostFolder) {
    var p = resolve(hostFolder).flatMap(this::real);
    if (p.isEmpty() || !Files.isDirectory(p.get())) {
      return List.of();
    }
    var all = new ArrayList<Path>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(p.get())) {
      dir.forEach(all::add);
    } catch (IOException e) {
      throw unreadable(hostFolder, reason(e));
    }
    all.sort(null);
    if (all.size() > 100_000) {
      throw unreadable(hostFolder, all.size() + " entries; import reads folders of at most 100000");
    }
    return all;
  }

  /** A link's target as written, if the path is a symbolic link. */
  Optional<String> linkTarget(Path p) {
    if (!Files.isSymbolicLink(p)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readSymbolicLink(p).toString());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static NetgenException unreadable(String shown, String why) {
    return new NetgenException(
        ExitCode.FAILURE, "import: cannot read " + Text.forMessage(shown) + ": " + why);
  }

  private static String reason(IOException e) {
    return Text.forMessageText(String.valueOf(e.getMessage()));
  }
}
