package dev.netgen.hostile;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.NetgenException;
import dev.netgen.lint.Linter;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import java.util.List;
import java.util.Optional;

/**
 * The property every hostile input must keep, shared by the fuzz tests and the corpus replay: the
 * loader returns a model or throws a NetgenException (exit 2) whose diagnostics each name a line
 * and column and show the input only escaped; lint then runs to the end with findings of the same
 * kind. Anything else that escapes is a bug.
 */
final class HostileInput {
  static final String FILE = "fuzz.yaml";

  private HostileInput() {}

  /**
   * Loads, then lints what loaded; fails on any outcome but a result or a diagnosed refusal. Every
   * lint finding must also name its place and print cleanly.
   */
  static void check(byte[] data) {
    load(data).ifPresent(HostileInput::lint);
  }

  static List<Diagnostic> lint(Model model) {
    var findings = Linter.standard().lint(model);
    for (Diagnostic d : findings) {
      checkPrintable(d, null);
    }
    return findings;
  }

  /** The loaded model, or empty when the loader refused the input as it should. */
  static Optional<Model> load(byte[] data) {
    try {
      return Optional.of(new ModelLoader().parse(FILE, data));
    } catch (NetgenException e) {
      checkDiagnosed(e);
      return Optional.empty();
    }
  }

  /** A refusal must say where and why, in text that cannot disturb a terminal or a log. */
  static void checkDiagnosed(NetgenException e) {
    if (e.exitCode() != 2) {
      throw new AssertionError("a refused model must exit 2, got " + e.exitCode() + ": " + e.getMessage(), e);
    }
    if (e.diagnostics().isEmpty()) {
      throw new AssertionError("a refused model must come with a diagnostic: " + e.getMessage(), e);
    }
    for (Diagnostic d : e.diagnostics()) {
      checkPrintable(d, e);
    }
  }

  private static void checkPrintable(Diagnostic d, Throwable cause) {
    if (!d.at().known() || !d.at().file().equals(FILE)) {
      throw new AssertionError("diagnostic without a line and column: " + d.format(), cause);
    }
    String text = d.format();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n') || c >= 0x7f) {
        throw new AssertionError(
            String.format("diagnostic shows character U+%04X unescaped: %s", (int) c, text.replace("\n", "\\n")), cause);
      }
    }
  }
}
