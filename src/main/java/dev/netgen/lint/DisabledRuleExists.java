package dev.netgen.lint;

import dev.netgen.diag.Severity;
import dev.netgen.diag.Suggest;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.List;
import java.util.Map;

/**
 * disabled-rule-exists: lint.disable names rules that exist. The linter's own rule, made by the
 * Linter with the ids of the rules it runs, since only the linter knows them.
 */
final class DisabledRuleExists extends Rule {
  static final String ID = "disabled-rule-exists";

  private final List<String> known;

  DisabledRuleExists(List<String> known) {
    super(
        ID,
        Severity.ERROR,
        "every id in lint.disable names a rule",
        new Message(
            "unknown",
            "lint.disable names an unknown rule '{{id}}'",
            "{{didYouMean}}`netgen rules` lists every rule id"));
    this.known = List.copyOf(known);
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var id : model.lintDisable()) {
      String text = id.value().text();
      if (!known.contains(text)) {
        reporter.report(
            id.at(), "unknown", Map.of("id", text, "didYouMean", Suggest.didYouMean(text, known)));
      }
    }
  }
}
