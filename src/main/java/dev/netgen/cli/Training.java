package dev.netgen.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * A run of the common commands in one JVM, for the launcher to record a class-data-sharing
 * archive (-XX:ArchiveClassesAtExit) that covers lint, render, diff and rules at once. Output is
 * discarded; failures do not matter, only the classes loaded do.
 */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
    String model = args.length > 0 ? args[0] : "fixtures/nat/model.yaml";
    var sink = new PrintWriter(Writer.nullWriter());
    var io = new Io(sink, sink, InputStream.nullInputStream(), Path.of("").toAbsolutePath());
    String[][] runs = {
      {"lint", model},
      {"lint", model, "--format", "json"},
      {"render", model, "--stdout"},
      {"render", model, "--target", "debian", "--stdout"},
      {"diff", model, "--root", "/nonexistent-netgen-training-root", "--quiet"},
      {"rules"},
      {"--version"}
    };
    for (String[] run : runs) {
      Cli.run(run, io);
    }
  }
}
