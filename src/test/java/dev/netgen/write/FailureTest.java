package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.read;
import static dev.netgen.write.Trees.set;
import static dev.netgen.write.Trees.tempFiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.ExitCode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An I/O failure is exit 2 with the path as on the host, and leaves no temporary file behind. */
class FailureTest {
  @TempDir Path tmp;

  @Test
  @SuppressWarnings("try") // the destination stays read-only for the block
  void readOnlyDestinationFailsWithExit2AndNoTempFile() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(set(file("etc/conf.d/net", "old\n")));
    Path net = root.resolve("etc/conf.d/net");

    try (var readOnly = ReadOnly.make(net)) {
      var e = failure(() -> new TreeWriter(root).write(set(file("etc/conf.d/net", "new\n"))));

      assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(e.getMessage())
          .startsWith("cannot write /etc/conf.d/net: ")
          .doesNotContain(tmp.toString());
    }
    assertThat(tempFiles(root)).isEmpty();
    assertThat(read(net)).isEqualTo("old\n");
  }

  @Test
  void cleansUpTempFileWhenRenameFails() throws Exception {
    Path root = tmp.resolve("out");
    var out = OutputRoot.forWriting(root);
    var plan = new Planner(out).plan(set(file("etc/conf.d/net", "net\n")));
    // A folder appears where the plan saw nothing: the temp file is written, the rename fails.
    Files.createDirectories(root.resolve("etc/conf.d/net/inside"));

    var e = failure(() -> new Applier(out).apply(plan));

    assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(e.getMessage()).startsWith("cannot write /etc/conf.d/net: ");
    assertThat(tempFiles(root)).isEmpty();
    assertThat(root.resolve("etc/conf.d/net/inside")).isDirectory();
  }

  /**
   * Makes a file impossible to replace, even for root (tests here run as root, for whom a 0555
   * folder is no obstacle): {@code chattr +i} where the file system has it, a read-only folder
   * where the user is not privileged; otherwise the test is skipped, saying why.
   */
  private record ReadOnly(Path file, boolean immutable) implements AutoCloseable {
    static ReadOnly make(Path file) throws Exception {
      if (run("chattr", "+i", file.toString())) {
        return new ReadOnly(file, true);
      }
      Path folder = file.getParent();
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
      var readOnly = new ReadOnly(file, false);
      try {
        Files.delete(Files.createFile(folder.resolve("probe")));
      } catch (AccessDeniedException expected) {
        return readOnly;
      }
      readOnly.close();
      Assumptions.abort(
          "chattr +i is unavailable and this user writes into a 0555 folder (root):"
              + " nothing here makes a destination read-only");
      return readOnly;
    }

    @Override
    public void close() throws IOException {
      if (immutable) {
        run("chattr", "-i", file.toString());
      } else {
        Files.setPosixFilePermissions(
            file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }

    private static boolean run(String... command) {
      try {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
