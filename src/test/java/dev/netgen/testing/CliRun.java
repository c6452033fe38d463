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
        Cli.run(args, new Io(new PrintWriter(out), new PrintWriter(err), stdin, Path.of("").toAbsolutePath()));
    return new CliRun(exit, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
