package dev.netgen.graph;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.text.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * `graph --format svg`: the dot text drawn by Graphviz's own dot, found on the search path. netgen
 * draws nothing itself; without dot it says how to install it (exit 2) rather than draw badly.
 */
public final class SvgRenderer {
  static final String MISSING =
      "--format svg runs Graphviz's dot, which is not installed: install Graphviz (Debian:"
          + " apt-get install graphviz; Gentoo: emerge media-gfx/graphviz), or print --format dot"
          + " and draw it elsewhere";

  private static final long SECONDS = 60;

  private final List<Path> searchPath;

  /** pathVariable is $PATH as the process got it (may be null). */
  public SvgRenderer(String pathVariable) {
    var dirs = new ArrayList<Path>();
    if (pathVariable != null) {
      for (String dir : pathVariable.split(":", -1)) {
        if (!dir.isEmpty()) {
          dirs.add(Path.of(dir));
        }
      }
    }
    this.searchPath = List.copyOf(dirs);
  }

  /** The SVG dot draws from the dot text. */
  public byte[] render(String dot) {
    Path tool = find().orElseThrow(() -> new NetgenException(ExitCode.FAILURE, MISSING));
    try {
      Process process =
          new ProcessBuilder(tool.toString(), "-Tsvg").redirectErrorStream(false).start();
      var feeder = new Thread(() -> feed(process.getOutputStream(), dot), "dot-input");
      feeder.start();
      var svg = new ByteArrayOutputStream();
      var errors = new ByteArrayOutputStream();
      var drain = new Thread(() -> copy(process.getErrorStream(), errors), "dot-errors");
      drain.start();
      copy(process.getInputStream(), svg);
      if (!process.waitFor(SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new NetgenException(ExitCode.FAILURE, "dot did not finish in " + SECONDS + " s");
      }
      feeder.join();
      drain.join();
      if (process.exitValue() != 0) {
        throw new NetgenException(
            ExitCode.FAILURE,
            "dot failed (exit "
                + process.exitValue()
                + "): "
                + Text.forMessageText(errors.toString(StandardCharsets.UTF_8).strip()));
      }
      return svg.toByteArray();
    } catch (IOException | UncheckedIOException e) {
      throw new NetgenException(ExitCode.FAILURE, "cannot run " + tool + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetgenException(ExitCode.FAILURE, "interrupted while dot ran", e);
    }
  }

  Optional<Path> find() {
    return searchPath.stream()
        .map(dir -> dir.resolve("dot"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static void feed(OutputStream in, String dot) {
    try (in) {
      in.write(dot.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // dot stopped reading: its exit status and message say why
    }
  }

  private static void copy(InputStream from, ByteArrayOutputStream to) {
    try (from) {
      from.transferTo(to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
