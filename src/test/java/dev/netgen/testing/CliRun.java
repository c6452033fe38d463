package dev.netgen.testing;

import dev.netgen.cli.Cli;
import dev.netgen.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process, as a user would, and captures what it prints. */
public record CliRun(int exit, String out, String err) {

  public static CliRun run(String... args) {
    return withStdin("", args);
  }

  public static CliRun withStdin(String stdin, String... args) {
    return withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  public static CliRun withInput(InputStream stdin, String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int exit =
        Cli.run(
            args,
            new Io(
                new PrintWriter(out), new PrintWriter(err), stdin, Path.of("").toAbsolutePath()));
    return new CliRun(exit, out.toString(), err.toString());
  }

  /**
   * What the run printed had the model been given as listed: a generated case's model is read from
   * a temporary folder, while its golden names it by its place in the corpus.
   */
  public CliRun showing(Path actual, Path listed) {
    if (actual.equals(listed)) {
      return this;
    }
    return new CliRun(
        exit,
        out.replace(actual.toString(), listed.toString()),
        err.replace(actual.toString(), listed.toString()));
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
