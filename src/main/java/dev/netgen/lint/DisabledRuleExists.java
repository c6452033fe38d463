package dev.netgen.lint;

import dev.netgen.diag.Severity;
import dev.netgen.diag.Suggest;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * disabled-rule-exists: lint.disable names advice rules that exist. The linter's own rule, made by
 * the Linter with the ids of the rules it runs, since only the linter knows them. A safety rule
 * named there stays on (the Linter ignores the entry) and is reported here, at the entry.
 */
final class DisabledRuleExists extends Rule {
  static final String ID = "disabled-rule-exists";

  private final List<String> known;
  private final Set<String> safety;

  DisabledRuleExists(List<String> known, Set<String> safety) {
    super(
        ID,
        Kind.SAFETY,
        Severity.ERROR,
        "every id in lint.disable names an advice rule: a model cannot switch off a safety rule",
        new Message(
            "unknown",
            "lint.disable names an unknown rule '{{id}}'",
            "{{didYouMean}}`netgen rules` lists every rule id"),
        new Message(
            "safety",
            "lint.disable names '{{id}}', a safety rule: it keeps the generated files meaning what the model says to the tools that read them, so a model cannot switch it off",
            "fix what it reports; only the command line can switch it off for one run (netgen lint --disable {{id}}, or render --force)"));
    this.known = List.copyOf(known);
    this.safety = Set.copyOf(safety);
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var id : model.lintDisable()) {
      String text = id.value().text();
      if (!known.contains(text)) {
        reporter.report(
            id.at(), "unknown", Map.of("id", text, "didYouMean", Suggest.didYouMean(text, known)));
      } else if (safety.contains(text)) {
        reporter.report(id.at(), "safety", Map.of("id", text));
      }
    }
  }
}
