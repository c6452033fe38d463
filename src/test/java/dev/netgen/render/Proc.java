package dev.netgen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a real tool and captures what it says; a hung tool fails the test instead of hanging it. */
record Proc(int exit, String out, String err) {
  static Proc run(Path dir, String... command) {
    var builder = new ProcessBuilder(List.of(command)).directory(dir.toFile());
    builder.environment().put("LC_ALL", "C");
    try {
      Process p = builder.start();
      p.getOutputStream().close();
      var out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
      var err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out after 60 s: " + String.join(" ", command));
      }
      return new Proc(p.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
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
