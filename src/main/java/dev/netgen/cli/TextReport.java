package dev.netgen.cli;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * lint's text output: each finding as {@link DiagnosticPrinter} prints it (file:line:col:
 * severity[rule]: message, the source line with a caret, hint, rule), then one summary line. A
 * clean model prints nothing at all, so a pre-commit hook stays quiet.
 */
final class TextReport {
  private TextReport() {}

  static void write(List<Diagnostic> diagnostics, Sources sources, PrintWriter out) {
    if (diagnostics.isEmpty()) {
      return;
    }
    var printer = new DiagnosticPrinter(sources);
    for (Diagnostic d : diagnostics) {
      printer.print(d, out);
    }
    out.println(summary(diagnostics));
  }

  /** "2 errors, 1 warning", "1 error", "3 warnings". */
  static String summary(List<Diagnostic> diagnostics) {
    long errors = count(diagnostics, Severity.ERROR);
    long warnings = count(diagnostics, Severity.WARNING);
    String e = errors + (errors == 1 ? " error" : " errors");
    String w = warnings + (warnings == 1 ? " warning" : " warnings");
    if (errors > 0 && warnings > 0) {
      return e + ", " + w;
    }
    return errors > 0 ? e : w;
  }

  static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
