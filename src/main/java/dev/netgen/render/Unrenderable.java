package dev.netgen.render;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.diag.Severity;
import dev.netgen.model.Position;
import java.util.List;

/**
 * A model that lint would reject and that --force pushed into render anyway, where a file cannot be
 * written at all (NAT for a bridge without a subnet). Reported like a lint finding, exit 2.
 */
public final class Unrenderable {
  private Unrenderable() {}

  public static NetgenException at(Position at, String message, String hint) {
    return new NetgenException(
        ExitCode.FAILURE, List.of(new Diagnostic(at, Severity.ERROR, "render", message, hint)));
  }
}
