package dev.netgen.apply;

import dev.netgen.text.Text;
import java.util.List;
import java.util.Objects;

/**
 * One command an apply runs on the host, with the reason it runs: {@code ifup br0} because "br0:
 * stanza added". The command is an argument vector, never a shell line, so no model value is ever
 * parsed by a shell on its way to the host.
 */
public record Step(List<String> command, String why) {

  public Step {
    command = List.copyOf(command);
    Objects.requireNonNull(why);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("a step needs a command");
    }
  }

  public static Step of(String why, String... command) {
    return new Step(List.of(command), why);
  }

  /** The command as a shell would take it, for the one line apply prints per step. */
  public String commandLine() {
    return String.join(" ", command.stream().map(Text::forShellWord).toList());
  }
}
