package dev.netgen.render;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.diag.Severity;
import dev.netgen.model.OutputPath;
import dev.netgen.model.Position;
import java.util.List;

/**
 * Collects the files of one render: renders templates with the header, adds symlinks, and turns two
 * outputs at one path (an {@code outputs:} entry that lands on another file, or two devices of one
 * name under --force) into a user error that names the line and the likely cause.
 */
public final class Emitter {
  private final FileSet files = new FileSet();
  private final TemplateEngine engine;
  private final RenderContext context;

  Emitter(TemplateEngine engine, RenderContext context) {
    this.engine = engine;
    this.context = context;
  }

  public void template(OutputPath path, String template, int mode, Object view) {
    add(new RenderedFile.Regular(path, engine.render(template, context.header(), view), mode));
  }

  public void symlink(OutputPath path, String target) {
    add(new RenderedFile.Symlink(path, target));
  }

  private void add(RenderedFile file) {
    if (files.get(file.path()).isPresent()) {
      var moved = context.layout().movedHere(file.path());
      Position at = moved.orElse(Position.none(context.model().source()));
      // Without an outputs: entry at the path, two devices of one name made the same file: only
      // a render that --force pushed past lint's name-unique error gets here.
      String hint =
          moved.isPresent()
              ? "give each entry of outputs: a path of its own, away from the files netgen writes"
              : "two devices of the model share a name (lint's name-unique): rename one of them";
      throw new NetgenException(
          ExitCode.FAILURE,
          List.of(
              new Diagnostic(
                  at,
                  Severity.ERROR,
                  "render",
                  "two files would be written at " + file.path().absolute(),
                  hint)));
    }
    files.add(file);
  }

  FileSet files() {
    return files;
  }
}
