package dev.netgen.render;

import dev.netgen.model.OutputKey;
import java.util.Optional;

/**
 * One kind of file a render may produce. Most are one template fed by one view builder; a view
 * builder returns empty when the model needs no such file (no bridge with nat: no iptables.sh).
 */
public interface Output {
  int CONFIG = 0644;
  int SCRIPT = 0755;

  void emit(RenderContext context, Emitter out);

  /** Builds the template's data from the model, or nothing when the file is not wanted. */
  @FunctionalInterface
  interface ViewBuilder {
    Optional<?> build(RenderContext context);
  }

  /** A single file at the path of key (moved by outputs:), rendered from template. */
  static Output file(OutputKey key, String template, int mode, ViewBuilder view) {
    return (context, out) ->
        view.build(context).ifPresent(v -> out.template(context.layout().path(key), template, mode, v));
  }
}
