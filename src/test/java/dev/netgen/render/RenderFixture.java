package dev.netgen.render;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.model.OutputPath;
import java.nio.charset.StandardCharsets;

/** Renders small inline models for behaviour tests, and reads single files of the result. */
final class RenderFixture {
  private static final TemplateEngine ENGINE = new TemplateEngine();

  private RenderFixture() {}

  static Model model(String yaml) {
    return new ModelLoader().parse("model.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  static FileSet render(String yaml) {
    return render(yaml, "gentoo");
  }

  static FileSet render(String yaml, String target) {
    return new Renderer(ENGINE).render(model(yaml), Targets.find(target).orElseThrow());
  }

  static String text(FileSet files, String relative) {
    var file = files.get(OutputPath.of(relative)).orElseThrow(() -> new AssertionError("no file " + relative));
    return new String(((RenderedFile.Regular) file).content(), StandardCharsets.UTF_8);
  }

  static String link(FileSet files, String relative) {
    var file = files.get(OutputPath.of(relative)).orElseThrow(() -> new AssertionError("no link " + relative));
    return ((RenderedFile.Symlink) file).target();
  }

  static int mode(FileSet files, String relative) {
    return ((RenderedFile.Regular) files.get(OutputPath.of(relative)).orElseThrow()).mode();
  }

  static boolean has(FileSet files, String relative) {
    return files.get(OutputPath.of(relative)).isPresent();
  }
}
