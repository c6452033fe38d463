package dev.netgen.cli;

import dev.netgen.load.Limits;
import dev.netgen.load.ModelLoader;
import dev.netgen.load.ReservedPath;
import dev.netgen.model.Model;
import dev.netgen.write.Manifest;
import java.util.List;

/**
 * Loads a command's MODEL argument (a file, or "-" for standard input). The loader comes before
 * the writer, so it is told here which path the writer keeps for itself: no output may take it.
 */
final class ModelArgument {
  private static final List<ReservedPath> WRITERS_OWN = List.of(new ReservedPath(Manifest.PATH, Manifest.ROLE));

  private ModelArgument() {}

  static Model load(String argument, Io io) {
    return new ModelLoader(Limits.DEFAULT, WRITERS_OWN).load(argument, io.in());
  }
}
