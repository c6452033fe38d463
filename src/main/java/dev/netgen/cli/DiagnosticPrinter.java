package dev.netgen.cli;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.NetgenException;
import java.io.PrintWriter;

/** Prints a NetgenException on stderr: its diagnostics, or its one-line message. */
final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  static void print(NetgenException e, PrintWriter err) {
    if (e.diagnostics().isEmpty()) {
      err.println("netgen: " + e.getMessage());
    } else {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d.format());
      }
    }
    err.flush();
  }
}
