package dev.netgen.cli;

import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * render --stdout: every file in path order under a header line naming its absolute path, as
 * tail(1) heads several files, so a reader or csplit can tell where each starts:
 *
 * <pre>
 * ==> /etc/conf.d/net <==          then the file's bytes, which always end with a newline
 * ==> /etc/init.d/net.br0 -> net.lo <==   a symlink: the header alone, with its target
 * </pre>
 */
final class FileListing {
  private FileListing() {}

  static void print(FileSet files, PrintWriter out) {
    for (RenderedFile file : files.files()) {
      if (file instanceof RenderedFile.Regular regular) {
        out.print("==> " + file.path().absolute() + " <==\n");
        out.print(new String(regular.content(), StandardCharsets.UTF_8));
      } else if (file instanceof RenderedFile.Symlink link) {
        out.print("==> " + file.path().absolute() + " -> " + link.target() + " <==\n");
      }
    }
    out.flush();
  }
}
