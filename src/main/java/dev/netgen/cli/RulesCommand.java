package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `netgen rules`: list the lint rules, or explain one. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List every lint rule, or explain one with a bad and a fixed example.",
    footerHeading = "%nExamples:%n",
    footer = {"  netgen rules", "  netgen rules mac-unique"})
public final class RulesCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(paramLabel = "RULE-ID", arity = "0..1", description = "the rule to explain")
  String ruleId;

  public RulesCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    throw new NetgenException(ExitCode.FAILURE, "rules are not available yet in this build (issue 4)");
  }
}
