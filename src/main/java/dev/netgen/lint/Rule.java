package dev.netgen.lint;

import dev.netgen.diag.Severity;
import dev.netgen.model.Model;

/**
 * One lint check. Its metadata (id, severity, summary, explanation with examples) lives on the
 * class itself, as Error Prone's @BugPattern does, so `netgen rules`, docs/rules.md and SARIF are
 * all produced from the rules and cannot drift from them.
 */
public interface Rule {
  /** Kebab-case id, as written in lint.disable and shown in brackets; the class is its CamelCase. */
  String id();

  Severity severity();

  /** One line: what the rule demands of a model. */
  String summary();

  /** Why the rule exists, with a bad and a fixed example model. */
  Explanation explanation();

  /** Reports each finding through the sink; the engine adds the rule's id and severity. */
  void check(Model model, DiagnosticSink sink);
}
