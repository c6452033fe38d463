package dev.netgen.lint;

import dev.netgen.diag.Diagnostic;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.RuleId;
import dev.netgen.model.Wiring;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every enabled rule over a model and returns the findings sorted by place, then rule id. The
 * caller chooses the rules (dev.netgen.lint.rules.RuleRegistry has them all); the linter adds its
 * own check that lint.disable names only rules it runs, as ESLint reports an unknown rule itself.
 */
public final class Linter {
  private final List<Rule> rules;

  public Linter(List<Rule> rules) {
    var all = new ArrayList<>(rules);
    var ids = new ArrayList<String>();
    rules.forEach(r -> ids.add(r.id()));
    ids.add(DisabledRuleExists.ID);
    var safety = new HashSet<String>();
    rules.stream().filter(r -> r.kind() == Rule.Kind.SAFETY).forEach(r -> safety.add(r.id()));
    safety.add(DisabledRuleExists.ID);
    all.add(new DisabledRuleExists(ids, safety));
    this.rules = List.copyOf(all);
  }

  /** The rules this linter runs, its own last: what `netgen rules`, SARIF and the docs list. */
  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> find(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public List<String> ids() {
    return rules.stream().map(Rule::id).toList();
  }

  /** Lints with the model's own lint.disable. */
  public List<Diagnostic> lint(Model model) {
    return lint(model, Set.of());
  }

  /**
   * Lints with the model's lint.disable plus extra disabled ids (--disable). Unknown ids in extra
   * are the caller's to reject (a usage error); unknown ids in the model are a finding. The model
   * disables advice rules only: a safety rule it names still runs (and disabled-rule-exists reports
   * the entry); extra, from the command line, may name any rule.
   */
  public List<Diagnostic> lint(Model model, Collection<String> alsoDisabled) {
    var found = new ArrayList<Diagnostic>();
    findings(model, alsoDisabled).forEach(f -> found.add(f.diagnostic()));
    found.sort(null);
    return found;
  }

  /** The findings of every enabled rule, rule by rule, each in the order its rule reported them. */
  public List<Finding> findings(Model model, Collection<String> alsoDisabled) {
    var found = new ArrayList<Finding>();
    findings(model, Wiring.of(model), disabled(model, alsoDisabled), found);
    return found;
  }

  /**
   * Lints several models: each with its own rules, as {@link #lint(Model, Collection)} does, then
   * the fleet rules over each LAN that two or more of them share. A model that disables a fleet
   * rule takes no part in it. Sorted by file, then place, then rule id.
   */
  public List<Diagnostic> lint(List<Model> models, Collection<String> alsoDisabled) {
    var found = fleetFindings(models, alsoDisabled);
    var diagnostics = new ArrayList<Diagnostic>(found.size());
    found.forEach(f -> diagnostics.add(f.diagnostic()));
    diagnostics.sort(null);
    return diagnostics;
  }

  /** The findings of several models: each model's rule by rule, then the fleet rules' per LAN. */
  public List<Finding> fleetFindings(List<Model> models, Collection<String> alsoDisabled) {
    var found = new ArrayList<Finding>();
    var hosts = new ArrayList<Lan.Host>(models.size());
    var disabledBy = new ArrayList<Set<String>>(models.size());
    for (Model model : models) {
      var host = new Lan.Host(hosts.size(), model, Wiring.of(model));
      Set<String> disabled = disabled(model, alsoDisabled);
      findings(model, host.wiring(), disabled, found);
      hosts.add(host);
      disabledBy.add(disabled);
    }
    for (Lan lan : Lan.shared(hosts)) {
      for (Rule rule : rules) {
        if (rule instanceof FleetRule fleetRule) {
          var taking =
              lan.hosts().stream()
                  .filter(h -> !disabledBy.get(h.order()).contains(rule.id()))
                  .toList();
          fleetRule.check(
              new Lan(lan.subnet(), taking),
              (at, clashesWith, messageId, data) ->
                  found.add(new Finding(rule, at, messageId, data, List.of(clashesWith))));
        }
      }
    }
    return found;
  }

  private Set<String> disabled(Model model, Collection<String> alsoDisabled) {
    Set<String> disabled = new HashSet<>(alsoDisabled);
    for (Located<RuleId> id : model.lintDisable()) {
      find(id.value().text())
          .filter(rule -> rule.kind() == Rule.Kind.ADVICE)
          .ifPresent(rule -> disabled.add(rule.id()));
    }
    return disabled;
  }

  private void findings(Model model, Wiring wiring, Set<String> disabled, List<Finding> found) {
    for (Rule rule : rules) {
      if (!disabled.contains(rule.id())) {
        rule.check(
            model,
            wiring,
            (at, messageId, data) -> found.add(new Finding(rule, at, messageId, data)));
      }
    }
  }
}
