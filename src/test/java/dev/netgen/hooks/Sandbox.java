package dev.netgen.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a netgen command line copied from the docs as the tool would on a host, but in-process and
 * against a scratch root: the host's model path becomes a fixture model, {@code --out /} becomes
 * {@code --out ROOT}, and a diff without {@code --root} gets {@code --root ROOT}.
 */
record Sandbox(Path model, Path root) {
  static final String HOST_MODEL = "/etc/netgen/model.yaml";

  CliRun run(String commandLine) {
    return CliRun.run(arguments(commandLine).toArray(String[]::new));
  }

  /** The argument list netgen would get, rewritten to the sandbox. */
  List<String> arguments(String commandLine) {
    assertThat(commandLine)
        .as("a command the test can split on spaces")
        .doesNotContain("'", "\"", "\\", "$", "|", ";");
    var words = new ArrayList<>(Arrays.asList(commandLine.strip().split(" +")));
    assertThat(words.get(0))
        .as("the documented command %s runs netgen", commandLine)
        .isEqualTo("netgen");
    words.remove(0);
    var arguments = new ArrayList<String>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean rootOfOut = i > 0 && words.get(i - 1).equals("--out") && word.equals("/");
      arguments.add(
          word.equals(HOST_MODEL) ? model.toString() : rootOfOut ? root.toString() : word);
    }
    if (arguments.get(0).equals("diff") && !arguments.contains("--root")) {
      arguments.addAll(List.of("--root", root.toString()));
    }
    return arguments;
  }
}
