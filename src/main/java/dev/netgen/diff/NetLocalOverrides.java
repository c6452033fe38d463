package dev.netgen.diff;

import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import dev.netgen.render.gentoo.NetifrcView;
import dev.netgen.text.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The admin's /etc/conf.d/net.local against the rendered conf.d/net, which sources it last: a
 * variable or hook function set in both takes net.local's value, so the host no longer does what
 * the model says. The names netgen sets are read from the rendered file itself, with the same
 * parser, so a new key needs nothing here. Used by diff (and meant for check): warnings only.
 */
public final class NetLocalOverrides {
  /** More than any hand-written net.local; a larger file is read only this far. */
  private static final int MAX_BYTES = 1 << 20;

  private NetLocalOverrides() {}

  /**
   * One warning per line of root's net.local that sets a name the rendered net file sets; none when
   * the render has no such file (Debian) or the root has no net.local.
   */
  public static List<String> warnings(FileSet rendered, OutputPath netFile, Path root) {
    var net =
        rendered
            .get(netFile)
            .filter(RenderedFile.Regular.class::isInstance)
            .map(RenderedFile.Regular.class::cast);
    if (net.isEmpty()) {
      return List.of();
    }
    var ours = new HashSet<String>();
    ShellAssignments.of(new String(net.get().content(), StandardCharsets.UTF_8))
        .forEach(a -> ours.add(a.name()));
    String local;
    try {
      local = read(root.resolve(NetifrcView.LOCAL.relative()));
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      return List.of(
          "cannot read "
              + NetifrcView.LOCAL.absolute()
              + " to compare it with "
              + netFile.absolute()
              + ": "
              + Text.forMessage(String.valueOf(e.getMessage())));
    }
    var warnings = new ArrayList<String>();
    for (var set : ShellAssignments.of(local)) {
      if (ours.contains(set.name())) {
        warnings.add(
            NetifrcView.LOCAL.absolute()
                + ":"
                + set.line()
                + ": sets "
                + set.name()
                + ", which netgen sets in "
                + netFile.absolute()
                + "; net.local is sourced last, so its value replaces the model's");
      }
    }
    return warnings;
  }

  private static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      // ISO-8859-1 maps every byte: names are ASCII, and a stray byte must not stop the check.
      return new String(in.readNBytes(MAX_BYTES), StandardCharsets.ISO_8859_1);
    }
  }
}
