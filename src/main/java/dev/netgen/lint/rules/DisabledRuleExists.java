package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.diag.Suggest;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.lint.RuleRegistry;
import dev.netgen.model.Model;

/** disabled-rule-exists: lint.disable names rules that exist. */
public final class DisabledRuleExists implements Rule {
  @Override
  public String id() {
    return "disabled-rule-exists";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "every id in lint.disable names a rule";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        A misspelt id in lint.disable disables nothing, so the rule it meant keeps firing, or, if
        the name was right once, a renamed rule silently comes back. netgen reports the unknown id
        at its place, with the closest rule id. (--disable on the command line is checked too, as
        a usage error.)
        """,
        """
        version: 1
        lint:
          disable: [unused-taps]
        """,
        """
        version: 1
        lint:
          disable: [unused-tap]
        """);
  }

  @Override
  public void check(Model model, Topology topology, DiagnosticSink sink) {
    var known = RuleRegistry.ids();
    for (var id : model.lintDisable()) {
      String text = id.value().text();
      if (!known.contains(text)) {
        sink.report(
            id.at(),
            "lint.disable names an unknown rule '" + text + "'",
            Suggest.closest(text, known).map(s -> "did you mean '" + s + "'? ").orElse("") + "`netgen rules` lists every rule id");
      }
    }
  }
}
