package dev.netgen.apply;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a step as a process of its own, with no shell in between, and waits for it up to a limit: an
 * ifup whose DHCP client never gets a lease must not hold the apply (and a waiting rollback)
 * forever. Status 127 means the command is not installed, 124 that it ran out of time (the codes
 * timeout(1) and a shell use).
 */
public final class ProcessStepRunner implements StepRunner {
  /** ifup of a bridge waits for its DHCP client and for STP (bridge_maxwait): minutes at most. */
  public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(3);

  private final Duration limit;

  public ProcessStepRunner(Duration limit) {
    this.limit = limit;
  }

  @Override
  public Result run(Step step) {
    Process process;
    try {
      process =
          new ProcessBuilder(step.command())
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
    } catch (IOException e) {
      return new Result(127, step.command().get(0) + ": cannot run: " + e.getMessage());
    }
    var output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return new Result(124, "no answer after " + limit.toSeconds() + " s: stopped");
      }
      return new Result(process.exitValue(), output.join().strip());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return new Result(130, "interrupted");
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
