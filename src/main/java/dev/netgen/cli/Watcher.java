package dev.netgen.cli;

import dev.netgen.apply.PendingApply;
import dev.netgen.apply.RollbackStore;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the watcher of an apply with a confirm window and follows it. The watcher is netgen's own
 * {@code apply-watcher} command in a new session (setsid --fork: not a child of the shell, no
 * controlling terminal, so a hang-up of the SSH session that started it does not reach it), with
 * standard input from /dev/null and its output appended to the store's log. The foreground apply
 * only prints that log and the verdict: if it dies, the watcher goes on.
 */
final class Watcher {
  /** What the watcher needs to render the same files again: apply's own arguments. */
  record Request(String model, String target, List<String> adopt, List<String> allowOutput) {
    Request {
      adopt = List.copyOf(adopt);
      allowOutput = List.copyOf(allowOutput);
    }
  }

  /** How often the foreground looks at the log and the state. */
  private static final Duration LOOK = Duration.ofMillis(250);

  /** How long the watcher may take to write its pid (a JVM start on a loaded host). */
  private static final Duration STARTING = Duration.ofMinutes(2);

  private Watcher() {}

  static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Starts the watcher detached; returns once setsid has forked it off. */
  static void start(RollbackStore store, Request request) {
    var command = new ArrayList<String>();
    command.add("setsid");
    command.add("--fork");
    command.add(ProcessHandle.current().info().command().orElse(javaFromHome()));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.netgen.Main"));
    command.add("apply-watcher");
    if (request.target() != null) {
      command.addAll(List.of("--target", request.target()));
    }
    request.adopt().forEach(a -> command.addAll(List.of("--adopt", a)));
    request.allowOutput().forEach(a -> command.addAll(List.of("--allow-output", a)));
    command.add("--");
    command.add(store.model().toString());
    try {
      var setsid =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.appendTo(store.log().toFile()))
              .redirectErrorStream(true)
              .start();
      if (setsid.waitFor() != 0) {
        throw new NetgenException(
            ExitCode.FAILURE, "cannot start the watcher: setsid exited " + setsid.exitValue());
      }
    } catch (IOException e) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "cannot start the watcher (setsid, from util-linux): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetgenException(ExitCode.FAILURE, "interrupted while starting the watcher");
    }
  }

  private static String javaFromHome() {
    return System.getProperty("java.home") + "/bin/java";
  }

  /**
   * Prints the watcher's log as it grows until the state has a verdict: exit 0 kept, 1 rolled back,
   * 2 when the watcher stopped without one.
   */
  static int follow(Io io, RollbackStore store) {
    io.out()
        .println(
            "apply: the previous files are kept in /"
                + RollbackStore.FOLDER.relative()
                + "; a watcher applies and waits; keep the change with `netgen confirm` from any"
                + " session");
    io.out().flush();
    Instant started = Instant.now();
    try (InputStream log = Files.newInputStream(store.log())) {
      while (true) {
        var state = store.state().orElseThrow();
        copy(log, io);
        switch (state.status()) {
          case KEPT -> {
            return verdict(io, "kept: " + state.note(), ExitCode.OK);
          }
          case ROLLED_BACK -> {
            return verdict(io, "rolled back: " + state.note(), ExitCode.FINDINGS);
          }
          default -> {
            if (gone(store, state, started)) {
              copy(log, io);
              return verdict(
                  io,
                  "the watcher stopped without a verdict; see " + store.log(),
                  ExitCode.FAILURE);
            }
          }
        }
        Thread.sleep(LOOK.toMillis());
      }
    } catch (IOException e) {
      throw new NetgenException(
          ExitCode.FAILURE, "cannot read the watcher's log " + store.log() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.FAILURE;
    }
  }

  /** The state is read again after the liveness test: a watcher writes its verdict, then ends. */
  private static boolean gone(RollbackStore store, PendingApply state, Instant started) {
    if (state.watcher() == 0) {
      return Instant.now().isAfter(started.plus(STARTING));
    }
    return !alive(state.watcher()) && store.state().orElseThrow().status().open();
  }

  private static void copy(InputStream log, Io io) throws IOException {
    byte[] grown = log.readNBytes(log.available());
    if (grown.length > 0) {
      io.out().print(new String(grown, StandardCharsets.UTF_8));
      io.out().flush();
    }
  }

  private static int verdict(Io io, String line, int exit) {
    io.out().println("apply: " + line);
    io.out().flush();
    return exit;
  }
}
