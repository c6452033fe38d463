package dev.netgen.cli;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.diag.Severity;
import dev.netgen.model.Distro;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Position;
import dev.netgen.render.Target;
import dev.netgen.render.Targets;
import dev.netgen.text.Text;
import java.util.List;

/**
 * The target a command renders for: --target, else host.distro; a missing or unknown one is bad
 * usage (exit 2) with a hint. The same rule and messages as render's, so diff compares with exactly
 * what render would write.
 */
final class TargetChoice {
  private TargetChoice() {}

  /** option is --target as given, or null. */
  static Target of(String option, Model loaded) {
    Position at = loaded.host().distro().map(Located::at).orElse(Position.none(loaded.source()));
    String id = option != null ? option : loaded.distro().map(Distro::id).orElse(null);
    if (id == null) {
      throw usage(
          at,
          "no target: the model has no host.distro and --target is not given",
          "add `distro: gentoo` under host: in the model, or pass --target gentoo");
    }
    var found = Targets.find(id);
    if (found.isPresent()) {
      return found.get();
    }
    Position blame = option != null ? Position.none(loaded.source()) : at;
    throw usage(
        blame,
        "unknown target " + Text.forMessage(id),
        "choose one of: " + String.join(", ", Targets.ids()));
  }

  /**
   * The model as lint sees it for a chosen target: the target's distro in place of host.distro, so
   * rules whose facts differ between the targets' tools speak of that target's.
   */
  static Model forLint(Model loaded, Target chosen) {
    return Distro.ofId(chosen.id()).map(loaded::forTarget).orElse(loaded);
  }

  private static NetgenException usage(Position at, String message, String hint) {
    return new NetgenException(
        ExitCode.FAILURE, List.of(new Diagnostic(at, Severity.ERROR, "target", message, hint)));
  }
}
