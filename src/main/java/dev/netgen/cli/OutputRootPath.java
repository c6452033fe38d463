package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.OutputPath;
import java.nio.file.Path;

/**
 * An output root from the command line (render --out, diff/check/uninstall --root), resolved
 * against the working folder and held to OutputPath.ROOT_MAX: with the longest path a model can
 * make (OutputPath.MAX_LENGTH), netgen's adopted-originals folder and a temporary name, every path
 * netgen touches then stays below Linux's PATH_MAX (4,096 bytes), so no write fails with "File name
 * too long" halfway through a render.
 */
final class OutputRootPath {
  private OutputRootPath() {}

  static Path resolve(Io io, String option, String value) {
    Path root = io.cwd().resolve(value);
    int length = root.toAbsolutePath().normalize().toString().length();
    if (length > OutputPath.ROOT_MAX) {
      throw new NetgenException(
          ExitCode.FAILURE,
          option
              + ": the output root is "
              + length
              + " characters long; netgen accepts at most "
              + OutputPath.ROOT_MAX
              + ", so that a root and the longest path a model can make stay within Linux's"
              + " PATH_MAX (4096)");
    }
    return root;
  }
}
