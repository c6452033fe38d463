package dev.netgen.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads this machine: commands with the C locale, /usr/sbin and /sbin added to PATH (iproute2 and
 * the firewall tools live there, and a user's PATH often lacks them), at most {@link
 * #TIMEOUT_SECONDS} each and {@link #MAX_BYTES} of output; files up to the same size.
 */
public final class SystemProbe implements Probe {
  static final long TIMEOUT_SECONDS = 10;
  static final int MAX_BYTES = 64 << 20;

  @Override
  public Output run(List<String> command) {
    var builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    var env = builder.environment();
    env.put("LC_ALL", "C");
    env.put("PATH", env.getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return Output.missing();
    }
    var err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    String out = drain(process.getInputStream());
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Output(true, -1, out, "no answer within " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return new Output(true, -1, out, "interrupted");
    }
    return new Output(true, process.exitValue(), out, err.join());
  }

  @Override
  public Optional<String> read(String path) {
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      return Optional.of(new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a stream to its end, keeping the first MAX_BYTES (a process is never left blocked on a
   * full pipe).
   */
  private static String drain(InputStream in) {
    var kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    try (in) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        kept.write(buffer, 0, Math.max(0, Math.min(n, MAX_BYTES - kept.size())));
      }
    } catch (IOException e) {
      // the process was killed for taking too long: what it printed so far is the answer
    }
    return kept.toString(StandardCharsets.UTF_8);
  }
}
