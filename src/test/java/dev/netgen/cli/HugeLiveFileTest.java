package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Proc;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A huge file at an output path (3 GiB, sparse, so it costs no disk) is never read: diff, render
 * --dry-run and render answer about it in a JVM whose heap is far smaller than the file, with their
 * ordinary exit codes and no stack trace. And an Error that does reach the top is one line, exit 2.
 */
class HugeLiveFileTest {
  private static final long SIZE = 3L << 30;

  @TempDir Path tmp;

  @Test
  void diffDryRunAndRenderAnswerWithoutReadingAHugeLiveFile() throws Exception {
    Path root = tmp.resolve("host");
    Files.createDirectories(root.resolve("etc/conf.d"));
    try (var file = new RandomAccessFile(root.resolve("etc/conf.d/net").toFile(), "rw")) {
      file.setLength(SIZE);
    }
    String model = Path.of("fixtures/nat/model.yaml").toAbsolutePath().toString();

    var diff = netgen("diff", model, "--root", root.toString(), "--format", "json");
    var dry = netgen("render", model, "--out", root.toString(), "--dry-run");
    var render = netgen("render", model, "--out", root.toString());

    for (var run : new Proc[] {diff, dry, render}) {
      assertThat(run.err()).as(run.toString()).doesNotContain("Error", "Exception", "\tat ");
    }
    assertThat(diff.exit()).as(diff.toString()).isEqualTo(1);
    assertThat(diff.out()).contains("\"path\": \"/etc/conf.d/net\"", "\"status\": \"unowned\"");
    assertThat(dry.exit()).as(dry.toString()).isEqualTo(1);
    assertThat(dry.out()).contains("unowned /etc/conf.d/net");
    assertThat(render.exit()).as(render.toString()).isEqualTo(1);
    assertThat(render.err())
        .contains("\n  /etc/conf.d/net: a regular file, " + SIZE + " bytes, mode 0");
    assertThat(Files.size(root.resolve("etc/conf.d/net"))).isEqualTo(SIZE);
  }

  @Test
  void anErrorThatReachesTheTopIsOneLineAndExitTwo() {
    InputStream exhausted =
        new InputStream() {
          @Override
          public int read() {
            throw new OutOfMemoryError("Java heap space");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return read();
          }
        };

    var run = CliRun.withInput(exhausted, "lint", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "netgen: cannot continue: java.lang.OutOfMemoryError: Java heap space;"
                + " this is a bug in netgen, please report it\n");
  }

  /** netgen in a JVM of its own with a 64 MiB heap: a 3 GiB read could never fit. */
  private static Proc netgen(String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    var command = new String[args.length + 5];
    command[0] = java;
    command[1] = "-Xmx64m";
    command[2] = "-cp";
    command[3] = System.getProperty("java.class.path");
    command[4] = "dev.netgen.Main";
    System.arraycopy(args, 0, command, 5, args.length);
    return Proc.run(Path.of("").toAbsolutePath(), Map.of(), Duration.ofSeconds(120), command);
  }
}
