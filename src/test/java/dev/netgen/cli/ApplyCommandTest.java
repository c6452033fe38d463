package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What apply refuses before it touches anything: a model with lint errors (exit 1, the same gate as
 * render's) and a run as another user than root (exit 2). What it does is the apply lab's
 * (ApplyDebianLabTest): here it would act on this machine.
 */
class ApplyCommandTest {
  @TempDir Path tmp;

  @Test
  void aModelWithLintErrorsIsRefusedBeforeAnything() {
    var run =
        CliRun.run(
            "apply", "fixtures/rules/mac-unique/bad.yaml", "--target", "debian", "--dry-run");

    assertThat(run.exit()).as("%s", run).isEqualTo(1);
    assertThat(run.err())
        .contains("error[mac-unique]")
        .contains("not applying a model with lint errors");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anotherUserThanRootIsToldToBeRoot() {
    RealTool.require("unshare", "util-linux");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // a user namespace of its own: the JVM runs as nobody there, and reads files as before
    var run =
        Proc.run(
            tmp,
            Map.of(),
            Duration.ofSeconds(60),
            "unshare",
            "--user",
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.netgen.Main",
            "apply",
            Path.of("fixtures/nat/model.yaml").toAbsolutePath().toString(),
            "--target",
            "debian");

    assertThat(run.exit()).as("%s", run).isEqualTo(2);
    assertThat(run.err()).contains("run it as root");
    assertThat(run.out()).isEmpty();
  }
}
