package dev.netgen.cli;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.NetgenException;
import dev.netgen.lint.rules.RuleRegistry;
import dev.netgen.model.Position;
import java.io.PrintWriter;

/**
 * Diagnostics as text, as compilers print them: the place and the message, the source line with a
 * caret under the column ({@link Excerpt}), the hint, and for a lint finding the command that
 * explains its rule. The loader's errors have no rule page, so no see line.
 */
final class DiagnosticPrinter {
  private final Sources sources;

  DiagnosticPrinter(Sources sources) {
    this.sources = sources;
  }

  void print(Diagnostic d, PrintWriter out) {
    out.println(d.head());
    excerpt(d.at(), out);
    for (Position also : d.related()) {
      out.println("  also: " + also);
      excerpt(also, out);
    }
    if (d.hint() != null && !d.hint().isEmpty()) {
      out.println("  hint: " + d.hint());
    }
    if (!d.code().equals(Diagnostic.LOAD) && RuleRegistry.linter().find(d.code()).isPresent()) {
      out.println("  see: netgen rules " + d.code());
    }
  }

  private void excerpt(Position at, PrintWriter out) {
    sources.text(at.file()).ifPresent(text -> Excerpt.of(text, at).forEach(out::println));
  }

  /** A NetgenException on stderr: its diagnostics, or its one-line message. */
  static void print(NetgenException e, Io io) {
    if (e.diagnostics().isEmpty()) {
      io.err().println("netgen: " + e.getMessage());
    } else {
      var printer = new DiagnosticPrinter(io.sources());
      e.diagnostics().forEach(d -> printer.print(d, io.err()));
    }
    io.err().flush();
  }
}
