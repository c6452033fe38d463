package dev.netgen.check;

import java.util.List;
import java.util.Optional;

/**
 * How check reads the host: run a command, read a file. {@link SystemProbe} does it for real; tests
 * give canned outputs, so every fact is tested on both its outcomes without a host.
 */
public interface Probe {

  /** Runs a command once (bounded in time and output) and returns what it printed. */
  Output run(List<String> command);

  /** A file's text (/proc, /sys, a config file), or empty when it cannot be read. */
  Optional<String> read(String path);

  /**
   * What a command did. started is false when the program is not installed (or could not be
   * started); exit is its status, or -1 when it was killed for taking too long.
   */
  record Output(boolean started, int exit, String out, String err) {
    public static Output missing() {
      return new Output(false, -1, "", "");
    }

    public static Output ok(String out) {
      return new Output(true, 0, out, "");
    }

    public static Output failed(int exit, String err) {
      return new Output(true, exit, "", err);
    }

    public boolean ok() {
      return started && exit == 0;
    }

    /** The first line of stderr, for a message. */
    public String why() {
      if (!started) {
        return "not installed";
      }
      String line = err.strip().lines().findFirst().orElse("");
      return line.isEmpty() ? "exit " + exit : line;
    }
  }
}
