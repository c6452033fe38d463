package dev.netgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a real tool and captures what it says; a hung tool fails the test instead of hanging it. */
public record Proc(int exit, String out, String err) {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  public static Proc run(Path dir, String... command) {
    return run(dir, Map.of(), TIMEOUT, command);
  }

  /**
   * Runs command in dir with env added to the environment. Past the timeout the process is killed
   * and the test fails, showing what it had printed by then.
   */
  public static Proc run(Path dir, Map<String, String> env, Duration timeout, String... command) {
    var builder = new ProcessBuilder(List.of(command)).directory(dir.toFile());
    builder.environment().put("LC_ALL", "C");
    builder.environment().putAll(env);
    try {
      Process p = builder.start();
      p.getOutputStream().close();
      var out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
      var err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(
            "timed out after "
                + timeout.toSeconds()
                + " s: "
                + String.join(" ", command)
                + "\n--- stdout so far\n"
                + partial(out)
                + "--- stderr so far\n"
                + partial(err));
      }
      return new Proc(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** What a killed process had printed: its pipe closes once it (and whoever shared it) is gone. */
  private static String partial(CompletableFuture<String> stream) throws InterruptedException {
    try {
      return stream.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return "(unreadable: " + e + ")\n";
    }
  }

  private static String read(java.io.InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
