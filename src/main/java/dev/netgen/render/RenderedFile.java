package dev.netgen.render;

import dev.netgen.model.OutputPath;
import java.util.Arrays;

/** One entry of a render: a regular file with its bytes and mode, or a symbolic link. */
public sealed interface RenderedFile permits RenderedFile.Regular, RenderedFile.Symlink {

  OutputPath path();

  /**
   * A regular file; mode is the permission bits, 0644 for configs and 0755 for scripts. Nothing
   * compares two Regular values as a whole (contents are compared with Arrays.equals), so the
   * array's identity equality is never used.
   */
  @SuppressWarnings("ArrayRecordComponent")
  record Regular(OutputPath path, byte[] content, int mode) implements RenderedFile {
    public Regular {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Regular r
          && r.path.equals(path)
          && r.mode == mode
          && Arrays.equals(r.content, content);
    }

    @Override
    public int hashCode() {
      return path.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
      return "Regular["
          + path
          + ", "
          + content.length
          + " bytes, "
          + Integer.toOctalString(mode)
          + "]";
    }
  }

  /** A symbolic link; target is written as is (relative like net.lo, or absolute). */
  record Symlink(OutputPath path, String target) implements RenderedFile {}
}
