package dev.netgen.lint;

import dev.netgen.diag.Diagnostic;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.RuleId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs every enabled rule over a model and returns the findings sorted by place, then rule id. */
public final class Linter {
  private final List<Rule> rules;

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The linter with every registered rule. */
  public static Linter standard() {
    return new Linter(RuleRegistry.rules());
  }

  /** Lints with the model's own lint.disable. */
  public List<Diagnostic> lint(Model model) {
    return lint(model, Set.of());
  }

  /**
   * Lints with the model's lint.disable plus extra disabled ids (--disable). Unknown ids in extra
   * are the caller's to reject (a usage error); unknown ids in the model are a rule's finding.
   */
  public List<Diagnostic> lint(Model model, Collection<String> alsoDisabled) {
    Set<String> disabled = new HashSet<>(alsoDisabled);
    for (Located<RuleId> id : model.lintDisable()) {
      disabled.add(id.value().text());
    }
    var found = new ArrayList<Diagnostic>();
    for (Rule rule : rules) {
      if (!disabled.contains(rule.id())) {
        rule.check(
            model, (at, message, hint) -> found.add(new Diagnostic(at, rule.severity(), rule.id(), message, hint)));
      }
    }
    found.sort(null);
    return found;
  }
}
