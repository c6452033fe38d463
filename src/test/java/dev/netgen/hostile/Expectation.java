package dev.netgen.hostile;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Golden;
import java.nio.file.Path;

/**
 * The text of a CASE.expected file: {@code exit: N}, then {@code --- stdout} and {@code --- stderr}
 * sections, each present only when that stream printed something.
 */
final class Expectation {
  private Expectation() {}

  static String of(CliRun run) {
    var text = new StringBuilder("exit: ").append(run.exit()).append('\n');
    section(text, "stdout", run.out());
    section(text, "stderr", run.err());
    return text.toString();
  }

  private static void section(StringBuilder text, String stream, String output) {
    if (output.isEmpty()) {
      return;
    }
    text.append("--- ").append(stream).append('\n').append(output);
    if (!output.endsWith("\n")) {
      text.append("\n--- (no newline at the end of ").append(stream).append(")\n");
    }
  }

  /** The exit code an expectation file names; -1 when there is none yet. */
  static int exitOf(Path expected) {
    String text = Golden.read(expected);
    if (text == null || !text.startsWith("exit: ")) {
      return -1;
    }
    return Integer.parseInt(text.substring("exit: ".length(), text.indexOf('\n')));
  }
}
