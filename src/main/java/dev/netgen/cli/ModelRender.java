package dev.netgen.cli;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.diag.Severity;
import dev.netgen.lint.rules.RuleRegistry;
import dev.netgen.model.Model;
import dev.netgen.render.FileSet;
import dev.netgen.render.Renderer;
import dev.netgen.render.Target;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A model loaded, its target chosen and its files rendered behind the lint gate: what render and
 * apply both start from, so apply writes exactly what render would.
 *
 * @param force render even with lint errors (render's --force): they are still printed
 * @param refusal what the gate says when it refuses (exit 1)
 */
record ModelRender(Io io, TemplateStart templates, boolean force, String refusal) {

  /** The loaded model, the chosen target and the rendered files. */
  record Rendered(Model model, Target target, FileSet files) {}

  // The stages that do not need each other's results overlap, because on a cold JVM each costs a
  // few hundred milliseconds and two cores do two at once: FreeMarker starts (classes, templates)
  // while picocli parses and the model loads (TemplateStart), and the render runs while lint checks
  // the model. Nothing is printed or written before the lint gate has passed.
  Rendered render(String model, String target, List<String> allowOutput) {
    var engine = templates.engine();
    Model loaded = io.sources().load(model, io.in(), AllowedOutputs.parse(allowOutput));
    Target chosen = TargetChoice.of(target, loaded);
    var rendering = engine.thenApplyAsync(e -> new Renderer(e).render(loaded, chosen));
    refuseLintErrors(TargetChoice.forLint(loaded, chosen));
    return new Rendered(loaded, chosen, joined(rendering));
  }

  /** The render's result, or the exception it threw (a NetgenException stays one). */
  private static FileSet joined(CompletableFuture<FileSet> rendering) {
    try {
      return rendering.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * The lint gate: a model with lint errors is refused (exit 1, the errors on stderr as lint prints
   * them) unless forced, which goes on and still shows them. Warnings are lint's to report: a
   * render of a model with warnings only stays quiet, so a config-management run that renders on
   * every pass does not print the same warnings every time.
   */
  private void refuseLintErrors(Model loaded) {
    List<Diagnostic> errors =
        RuleRegistry.linter().lint(loaded).stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .toList();
    if (errors.isEmpty()) {
      return;
    }
    TextReport.write(errors, io.sources(), io.err());
    if (!force) {
      io.err().flush();
      throw new NetgenException(ExitCode.FINDINGS, refusal);
    }
    io.err().println("netgen: rendering anyway (--force)");
    io.err().flush();
  }
}
