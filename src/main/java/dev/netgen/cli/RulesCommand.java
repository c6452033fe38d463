package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.diag.Suggest;
import dev.netgen.lint.RulesDoc;
import dev.netgen.lint.rules.RuleRegistry;
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
    if (ruleId == null) {
      io.out().print(RulesDoc.list(RuleRegistry.linter().rules()));
    } else {
      var rule = RuleRegistry.linter().find(ruleId).orElseThrow(() -> unknown(ruleId));
      io.out().print(RulesDoc.explain(rule));
    }
    io.out().flush();
    return ExitCode.OK;
  }

  /** The usage error for an id that names no rule, with the closest id when there is one. */
  static NetgenException unknown(String id) {
    String guess =
        Suggest.closest(id, RuleRegistry.linter().ids())
            .map(s -> "; did you mean '" + s + "'?")
            .orElse("");
    return new NetgenException(
        ExitCode.FAILURE, "unknown rule '" + id + "'" + guess + " (`netgen rules` lists them)");
  }
}
