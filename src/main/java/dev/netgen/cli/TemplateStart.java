package dev.netgen.cli;

import dev.netgen.render.Targets;
import dev.netgen.render.TemplateEngine;
import java.util.concurrent.CompletableFuture;

/**
 * The template engine of one run, prepared on another thread from the moment the run is known to
 * render: FreeMarker's set-up and the parsing of the templates take as long as loading a small
 * model, so they overlap it. {@link Cli} starts it before picocli builds the command line when the
 * first argument is render or diff; the command starts it otherwise, and both get the same engine.
 */
final class TemplateStart {
  private CompletableFuture<TemplateEngine> engine;

  /** Starts preparing the engine (once), for a caller that wants it later. */
  synchronized void start() {
    if (engine == null) {
      engine =
          CompletableFuture.supplyAsync(() -> new TemplateEngine().prepare(Targets.templates()));
    }
  }

  /** Starts preparing the engine (once) and returns it, ready or not. */
  synchronized CompletableFuture<TemplateEngine> engine() {
    start();
    return engine;
  }
}
