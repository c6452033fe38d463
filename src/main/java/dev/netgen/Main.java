package dev.netgen;

import dev.netgen.cli.Cli;
import dev.netgen.cli.Io;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point: runs the command line and is the only place that exits the JVM. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.run(args, new Io(out, err, System.in, Path.of("").toAbsolutePath()));
    out.flush();
    err.flush();
    System.exit(code);
  }
}
