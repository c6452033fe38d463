package dev.netgen.render;

import dev.netgen.model.Model;

/**
 * The render stage: a model and a target in, the FileSet out. Reads nothing from disk but the
 * templates, writes nothing: writing is dev.netgen.write's, comparing is diff's.
 */
public final class Renderer {
  private final TemplateEngine engine;

  public Renderer() {
    this(new TemplateEngine());
  }

  public Renderer(TemplateEngine engine) {
    this.engine = engine;
  }

  public FileSet render(Model model, Target target) {
    var context = RenderContext.of(model);
    var out = new Emitter(engine, context);
    target.outputs().forEach(output -> output.emit(context, out));
    CommonOutputs.ALL.forEach(output -> output.emit(context, out));
    return out.files();
  }
}
