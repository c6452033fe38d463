package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.OutputPath;
import java.util.ArrayList;
import java.util.List;

/** The --allow-output paths of lint, render and diff: outputs: may put a file there too. */
final class AllowedOutputs {
  static final String DESCRIPTION =
      "let outputs: put a file at PATH although its tool does not read from there (repeatable; see README, \"Where outputs may go\")";

  private AllowedOutputs() {}

  static List<OutputPath> parse(List<String> arguments) {
    var paths = new ArrayList<OutputPath>();
    for (String argument : arguments) {
      try {
        paths.add(OutputPath.parse(argument));
      } catch (InvalidValueException e) {
        throw new NetgenException(ExitCode.FAILURE, "--allow-output: " + e.getMessage());
      }
    }
    return paths;
  }
}
