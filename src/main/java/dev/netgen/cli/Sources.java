package dev.netgen.cli;

import dev.netgen.diag.SourceText;
import dev.netgen.load.Limits;
import dev.netgen.load.ModelLoader;
import dev.netgen.load.OutputAllowance;
import dev.netgen.load.ReservedPath;
import dev.netgen.model.Model;
import dev.netgen.model.OutputPath;
import dev.netgen.write.Manifest;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes of each model a run read, under the name its diagnostics give it, for the source lines
 * the text printer shows. A model is read once: the printer never opens the file again, which could
 * block on a FIFO or show a file changed since, and standard input gets its lines too.
 */
public final class Sources {
  /**
   * The loader comes before the writer, so it is told here which paths the writer keeps for itself:
   * no output may take it.
   */
  private static final List<ReservedPath> WRITERS_OWN =
      List.of(
          new ReservedPath(Manifest.PATH, Manifest.ROLE),
          new ReservedPath(Manifest.ADOPTED, Manifest.ADOPTED_ROLE));

  // concurrent: a fleet lint loads its models on several threads
  private final Map<String, byte[]> read = new ConcurrentHashMap<>();
  private final Map<String, SourceText> texts = new ConcurrentHashMap<>();

  /** Loads the model the argument names ("-" for standard input), keeping its bytes. */
  public Model load(String argument, InputStream stdin) {
    return load(argument, stdin, List.of());
  }

  /**
   * The same, with outputs allowed outside the places their tools read only at the paths given
   * (--allow-output).
   */
  public Model load(String argument, InputStream stdin, List<OutputPath> allowedOutputs) {
    var loader =
        new ModelLoader(Limits.DEFAULT, WRITERS_OWN, OutputAllowance.toolsReadPlus(allowedOutputs));
    String name = ModelLoader.nameOf(argument);
    byte[] bytes = loader.read(argument, stdin);
    read.put(name, bytes);
    texts.remove(name);
    return loader.parse(name, bytes);
  }

  /** The text of a model this run read, split into lines on first use; empty for any other name. */
  Optional<SourceText> text(String name) {
    byte[] bytes = read.get(name);
    return bytes == null
        ? Optional.empty()
        : Optional.of(texts.computeIfAbsent(name, n -> SourceText.decode(bytes)));
  }

  /** The bytes of a model this run read, for a copy (apply's rollback store). */
  Optional<byte[]> bytes(String name) {
    return Optional.ofNullable(read.get(name)).map(byte[]::clone);
  }
}
