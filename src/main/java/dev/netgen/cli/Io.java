package dev.netgen.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What a command reads and writes, passed in so that every command runs inside a test without a
 * subprocess. cwd resolves relative --out and --root paths; sources keeps the models read, for the
 * source lines diagnostics show.
 */
public record Io(PrintWriter out, PrintWriter err, InputStream in, Path cwd, Sources sources) {
  public Io(PrintWriter out, PrintWriter err, InputStream in, Path cwd) {
    this(out, err, in, cwd, new Sources());
  }
}
