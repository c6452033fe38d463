package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.read;
import static dev.netgen.write.Trees.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.ExitCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two renders into one root never interleave, whether in two processes or two threads. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RenderLockTest {
  private static final Duration SHORT = Duration.ofMillis(200);

  @TempDir Path root;

  @Test
  void twoWritersDoNotInterleave() throws Exception {
    var render = set(file("etc/conf.d/net", "net\n"));
    try (var holder = Child.start("hold", root)) {
      assertThat(holder.readLine()).isEqualTo("locked");

      var e = failure(() -> new TreeWriter(root, SHORT).write(render));

      assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(e.getMessage())
          .startsWith(
              "cannot lock /etc/netgen/.lock under "
                  + root
                  + ": another netgen render still holds it after 200 ms");
      assertThat(root.resolve("etc/conf.d/net"))
          .as("the second render wrote nothing")
          .doesNotExist();

      holder.closeInput();
      assertThat(holder.readLine()).isEqualTo("released");
      assertThat(holder.exitCode()).isZero();
    }
    new TreeWriter(root, SHORT).write(render);
    assertThat(read(root.resolve("etc/conf.d/net"))).isEqualTo("net\n");
  }

  @Test
  @SuppressWarnings("try")
  void secondRenderInThisProcessWaitsThenFails() throws Exception {
    var render = set(file("etc/conf.d/net", "net\n"));
    try (var held = RenderLock.acquire(OutputRoot.forWriting(root), SHORT)) {
      var second =
          CompletableFuture.supplyAsync(
              () -> failure(() -> new TreeWriter(root, SHORT).write(render)));

      assertThat(second.get().getMessage()).contains("another netgen render still holds it");
      assertThat(root.resolve("etc/conf.d/net")).doesNotExist();
    }
    var third = CompletableFuture.supplyAsync(() -> new TreeWriter(root, SHORT).write(render));
    assertThat(third.get().lines()).contains("created /etc/conf.d/net");
  }

  @Test
  @SuppressWarnings("try")
  void timedOutWaiterInThisProcessDoesNotReleaseTheHoldersLock() throws Exception {
    // An fcntl lock is dropped when this process closes any descriptor of the lock file; a waiter
    // that opened and closed the file would let another process in while the holder still holds.
    try (var held = RenderLock.acquire(OutputRoot.forWriting(root), SHORT)) {
      var waiter =
          CompletableFuture.supplyAsync(
              () -> failure(() -> RenderLock.acquire(OutputRoot.forWriting(root), SHORT)));
      assertThat(waiter.get()).isNotNull();

      try (var other = Child.start("try", root)) {
        assertThat(other.readLine()).isEqualTo("busy");
        assertThat(other.exitCode()).isZero();
      }
    }
    try (var other = Child.start("try", root)) {
      assertThat(other.readLine()).as("released on close").isEqualTo("locked");
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fifoAtTheLockPathIsRefusedInsteadOfHangingTheRender() throws Exception {
    // Opening a FIFO for writing blocks until a reader comes: the render hung for ever.
    java.nio.file.Files.createDirectories(root.resolve("etc/netgen"));
    var mkfifo = dev.netgen.testing.Proc.run(root, "mkfifo", "etc/netgen/.lock");
    assertThat(mkfifo.exit()).as(mkfifo.toString()).isZero();

    var e = failure(() -> new TreeWriter(root, SHORT).write(set(file("etc/conf.d/net", "net\n"))));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage())
        .isEqualTo(
            "cannot lock /etc/netgen/.lock under "
                + root
                + ": it is a special file (device, FIFO or socket), not the regular file netgen"
                + " locks; remove it and run again");
    assertThat(root.resolve("etc/conf.d/net")).doesNotExist();
  }

  @Test
  void symbolicLinkAtTheLockPathIsRefusedAndNotFollowed() throws Exception {
    java.nio.file.Files.createDirectories(root.resolve("etc/netgen"));
    var elsewhere = java.nio.file.Files.createTempFile("netgen-lock-target", "");
    try {
      java.nio.file.Files.createSymbolicLink(root.resolve("etc/netgen/.lock"), elsewhere);

      var e = failure(() -> new TreeWriter(root, SHORT).write(set(file("etc/conf.d/net", "n\n"))));

      assertThat(e.getMessage())
          .isEqualTo(
              "cannot lock /etc/netgen/.lock under "
                  + root
                  + ": it is a symbolic link, not the regular file netgen locks; remove it and run"
                  + " again");
      assertThat(java.nio.file.Files.size(elsewhere)).isZero();
    } finally {
      java.nio.file.Files.delete(elsewhere);
    }
  }

  @Test
  @SuppressWarnings("try")
  void createsTheLockFileReadableAndWritableByItsOwnerOnly() throws Exception {
    // Anyone who can open the lock for writing can hold it and stall every render; the umask of
    // this JVM (typically 022) would otherwise make it 0644, and 0666 under umask 000.
    try (var held = RenderLock.acquire(OutputRoot.forWriting(root), SHORT)) {
      assertThat(Trees.mode(root.resolve("etc/netgen/.lock"))).isEqualTo(0600);
    }
  }

  /** A JVM running {@link LockHolder} on the test class path. */
  private record Child(Process process, BufferedReader out) implements AutoCloseable {
    static Child start(String mode, Path root) throws IOException {
      var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      var process =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  LockHolder.class.getName(),
                  mode,
                  root.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      return new Child(
          process,
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
    }

    String readLine() throws IOException {
      return out.readLine();
    }

    void closeInput() throws IOException {
      process.getOutputStream().close();
    }

    int exitCode() throws InterruptedException {
      return process.waitFor();
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }
}
