package dev.netgen.hostile;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.NetgenException;
import dev.netgen.lint.rules.RuleRegistry;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.render.FileSet;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.write.Manifest;
import java.util.List;
import java.util.Optional;

/**
 * The property every hostile input must keep, shared by the fuzz tests and the corpus replay: the
 * loader returns a model or throws a NetgenException (exit 2) whose diagnostics each name a line
 * and column and show the input only escaped; lint then runs to the end with findings of the same
 * kind, and render gives files with no line the model did not ask for. Anything else that escapes
 * is a bug.
 */
final class HostileInput {
  static final String FILE = "fuzz.yaml";
  private static final Renderer RENDERER = new Renderer();

  private HostileInput() {}

  /**
   * Loads, then lints what loaded; fails on any outcome but a result or a diagnosed refusal. Every
   * lint finding must also name its place and print cleanly.
   */
  static void check(byte[] data) {
    load(data)
        .ifPresent(
            model -> {
              lint(model);
              render(model);
            });
  }

  /**
   * Renders for every target, as --force would whatever lint found: a FileSet whose every line is
   * one its templates or a value line explain ({@link RenderedLines}), or a diagnosed refusal.
   */
  static void render(Model model) {
    for (String id : Targets.ids()) {
      FileSet files;
      try {
        files = RENDERER.render(model, Targets.find(id).orElseThrow());
      } catch (NetgenException e) {
        // Render under --force may refuse without a position (two devices of one name give "two
        // files would be written at /etc/init.d/net.br0" with no line): reported to render; the
        // refusal must still be a diagnosed exit 2 in printable text.
        checkDiagnosed(e, false);
        continue;
      }
      RenderedLines.check(model, files);
      try {
        Manifest.withManifest(files);
      } catch (NetgenException e) {
        checkDiagnosed(e);
      }
    }
  }

  static List<Diagnostic> lint(Model model) {
    var findings = RuleRegistry.linter().lint(model);
    for (Diagnostic d : findings) {
      checkPrintable(d, null, true);
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
    checkDiagnosed(e, true);
  }

  private static void checkDiagnosed(NetgenException e, boolean positioned) {
    if (e.exitCode() != 2) {
      throw new AssertionError(
          "a refused model must exit 2, got " + e.exitCode() + ": " + e.getMessage(), e);
    }
    if (e.diagnostics().isEmpty()) {
      throw new AssertionError("a refused model must come with a diagnostic: " + e.getMessage(), e);
    }
    for (Diagnostic d : e.diagnostics()) {
      checkPrintable(d, e, positioned);
    }
  }

  private static void checkPrintable(Diagnostic d, Throwable cause, boolean positioned) {
    if (!d.at().file().equals(FILE) || (positioned && !d.at().known())) {
      throw new AssertionError("diagnostic without a line and column: " + d.format(), cause);
    }
    String text = d.format();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n') || c >= 0x7f) {
        throw new AssertionError(
            String.format(
                "diagnostic shows character U+%04X unescaped: %s",
                (int) c, text.replace("\n", "\\n")),
            cause);
      }
    }
  }
}
