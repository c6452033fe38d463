package dev.netgen.render;

import dev.netgen.model.Model;
import dev.netgen.model.Wiring;

/** What every output of one render reads: the model, its wiring, the paths, the header. */
public record RenderContext(Model model, Wiring wiring, OutputLayout layout, Header header) {
  public static RenderContext of(Model model) {
    return new RenderContext(model, Wiring.of(model), new OutputLayout(model), Header.of(model));
  }
}
