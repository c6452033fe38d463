package dev.netgen.write;

import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Two renders of one root, A and B, built so that every file tells which render wrote it: shared
 * paths with different bytes and modes, paths only one of them has (so the second render must
 * remove the first one's), and a link with a different target. A file that is neither A's nor B's
 * version of its path, whole, is a torn or mixed write.
 */
final class Versions {
  private Versions() {}

  static FileSet render(char version, int files, int bytesPerFile) {
    var set = new FileSet();
    for (int i = 0; i < files; i++) {
      set.add(file(version, "etc/netgen/shared/f" + i + ".conf", i, bytesPerFile));
    }
    for (int i = 0; i < files / 4; i++) {
      set.add(file(version, "etc/netgen/only-" + version + "/g" + i + ".conf", i, bytesPerFile));
    }
    set.add(
        new RenderedFile.Symlink(
            OutputPath.of("etc/init.d/net.br0"), version == 'A' ? "net.lo" : "/etc/init.d/net.lo"));
    return set;
  }

  /** A's files are 0644, B's 0755: a mode that does not match the content is a torn write too. */
  static int mode(char version) {
    return version == 'A' ? 0644 : 0755;
  }

  private static RenderedFile.Regular file(char version, String path, int index, int bytes) {
    byte[] content = new byte[bytes];
    byte[] head =
        ("render " + version + " file " + index + "\n").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, content, 0, Math.min(head.length, bytes));
    Arrays.fill(content, Math.min(head.length, bytes), bytes, (byte) (version == 'A' ? 'a' : 'b'));
    if (bytes > 0) {
      content[bytes - 1] = '\n';
    }
    return new RenderedFile.Regular(OutputPath.of(path), content, mode(version));
  }

  /** Every path either render writes, with A's and B's version of it (empty where it has none). */
  static Map<OutputPath, RenderedFile[]> union(FileSet a, FileSet b) {
    var all = new TreeMap<OutputPath, RenderedFile[]>();
    for (var f : Manifest.withManifest(a).files()) {
      all.computeIfAbsent(f.path(), p -> new RenderedFile[2])[0] = f;
    }
    for (var f : Manifest.withManifest(b).files()) {
      all.computeIfAbsent(f.path(), p -> new RenderedFile[2])[1] = f;
    }
    return all;
  }

  /** Which of the two versions the file is, whole: 'A', 'B' or empty. */
  static Optional<Character> whichVersion(RenderedFile[] versions, LiveEntry live) {
    for (int i = 0; i < 2; i++) {
      if (versions[i] != null && matches(versions[i], live)) {
        return Optional.of(i == 0 ? 'A' : 'B');
      }
    }
    return Optional.empty();
  }

  static boolean matches(RenderedFile wanted, LiveEntry live) {
    if (wanted instanceof RenderedFile.Regular file) {
      return live instanceof LiveEntry.File f
          && f.sameBytes(file.content())
          && f.mode() == file.mode();
    }
    return live instanceof LiveEntry.Link l
        && l.target().equals(((RenderedFile.Symlink) wanted).target());
  }
}
