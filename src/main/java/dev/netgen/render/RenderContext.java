package dev.netgen.render;

import dev.netgen.model.Model;

/** What every output of one render reads: the model, its indexes, the paths, the header. */
public record RenderContext(Model model, Topology topology, OutputLayout layout, Header header) {
  public static RenderContext of(Model model) {
    return new RenderContext(model, new Topology(model), new OutputLayout(model), Header.of(model));
  }
}
