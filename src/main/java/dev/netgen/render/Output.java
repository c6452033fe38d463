package dev.netgen.render;

import dev.netgen.model.OutputKey;
import java.util.List;
import java.util.Optional;

/**
 * One kind of file a render may produce. Most are one template fed by one view builder; a view
 * builder returns empty when the model needs no such file (no bridge with nat: no iptables.sh).
 */
public interface Output {
  int CONFIG = 0644;
  int SCRIPT = 0755;

  void emit(RenderContext context, Emitter out);

  /** The templates this output renders, so an engine can parse them ahead of time. */
  List<String> templates();

  /** Builds the template's data from the model, or nothing when the file is not wanted. */
  @FunctionalInterface
  interface ViewBuilder {
    Optional<?> build(RenderContext context);
  }

  /** A single file at the path of key (moved by outputs:), rendered from template. */
  static Output file(OutputKey key, String template, int mode, ViewBuilder view) {
    return new SingleFile(key, template, mode, view);
  }

  /** The common case: one path, one template, one view. */
  record SingleFile(OutputKey key, String template, int mode, ViewBuilder view) implements Output {
    @Override
    public void emit(RenderContext context, Emitter out) {
      view.build(context)
          .ifPresent(v -> out.template(context.layout().path(key), template, mode, v));
    }

    @Override
    public List<String> templates() {
      return List.of(template);
    }
  }
}
