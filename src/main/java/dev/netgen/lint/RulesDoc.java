package dev.netgen.lint;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Text about the rules, produced from the rules themselves: the `netgen rules` listing and
 * explanations, the SARIF help text, and docs/rules.md. One source, so none can drift.
 */
public final class RulesDoc {
  private RulesDoc() {}

  /** One line per rule: id, severity, summary, in aligned columns. */
  public static String list(List<Rule> rules) {
    int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
    var out = new StringBuilder();
    for (Rule rule : rules) {
      out.append(pad(rule.id(), idWidth)).append("  ").append(pad(rule.severity().id(), 7)).append("  ").append(rule.summary()).append('\n');
    }
    return out.toString();
  }

  /** What `netgen rules ID` prints: the rule, why it exists, a bad and a fixed example. */
  public static String explain(Rule rule) {
    var e = rule.explanation();
    return rule.id() + " (" + rule.severity().id() + ")\n"
        + rule.summary() + "\n\n"
        + e.why() + "\n\n"
        + "Bad:\n" + indent(e.bad()) + "\n"
        + "Fixed:\n" + indent(e.good());
  }

  /** docs/rules.md. */
  public static String markdown(List<Rule> rules) {
    var out = new StringBuilder();
    out.append("# netgen lint rules\n\n");
    out.append("<!-- Generated from the rule classes (dev.netgen.lint.rules) by RuleCatalogueTest. Do not edit:\n");
    out.append("     change the rule, then run `mvn -q test -Dtest=RuleCatalogueTest -Dnetgen.regenerate=true`. -->\n\n");
    out.append("`netgen rules` lists these rules and `netgen rules ID` explains one. Disable a rule for a model with\n");
    out.append("`lint: {disable: [ID]}`, or for one run with `netgen lint --disable ID`.\n\n");
    out.append("| id | severity | checks |\n|---|---|---|\n");
    for (Rule rule : rules) {
      out.append("| [").append(rule.id()).append("](#").append(rule.id()).append(") | ").append(rule.severity().id()).append(" | ")
          .append(rule.summary().replace("|", "\\|")).append(" |\n");
    }
    for (Rule rule : rules) {
      var e = rule.explanation();
      out.append("\n## ").append(rule.id()).append("\n\n");
      out.append("**").append(rule.severity().id().toUpperCase(Locale.ROOT)).append("** — ").append(rule.summary()).append("\n\n");
      out.append(unwrap(e.why())).append("\n\n");
      out.append("Bad:\n\n```yaml\n").append(e.bad()).append("```\n\n");
      out.append("Fixed:\n\n```yaml\n").append(e.good()).append("```\n");
    }
    return out.toString();
  }

  /** Paragraphs as single lines, separated by blank lines (for SARIF and Markdown). */
  public static String unwrap(String text) {
    return List.of(text.strip().split("\n\\s*\n")).stream()
        .map(p -> p.strip().replaceAll("\\s*\n\\s*", " "))
        .collect(Collectors.joining("\n\n"));
  }

  private static String indent(String text) {
    return text.lines().map(l -> l.isEmpty() ? l : "  " + l).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
