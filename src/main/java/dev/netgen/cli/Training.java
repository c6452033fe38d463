package dev.netgen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run of the common commands in one JVM, for the launcher to list the classes they load
 * (-XX:DumpLoadedClassList) and lay them out in a class-data-sharing archive (-Xshare:dump) that
 * covers lint, render (into a folder, and again over it), diff, rules and help at once. Output is
 * discarded; failures do not matter, only the classes loaded do.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) throws IOException {
    String model = args.length > 0 ? args[0] : "fixtures/nat/model.yaml";
    var sink = new PrintWriter(Writer.nullWriter());
    var io = new Io(sink, sink, InputStream.nullInputStream(), Path.of("").toAbsolutePath());
    Path root = Files.createTempDirectory("netgen-training-");
    String out = root.toString();
    String[][] runs = {
      {"lint", model},
      {"lint", model, "--format", "json"},
      {"lint", model, "--format", "sarif"},
      {"render", model, "--stdout"},
      {"render", model, "--target", "debian", "--stdout"},
      {"render", model, "--out", out},
      {"render", model, "--out", out},
      {"diff", model, "--root", out},
      {"diff", model, "--root", "/nonexistent-netgen-training-root", "--quiet"},
      {"check", model, "--root", out},
      {"check", model, "--root", out, "--format", "json"},
      {"graph", model},
      {"graph", model, "--format", "dot", "--lint"},
      {"rules"},
      {"--help"},
      {"--version"}
    };
    try {
      for (String[] run : runs) {
        Cli.run(run, io);
      }
    } finally {
      delete(root);
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Training::deleteOne);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
