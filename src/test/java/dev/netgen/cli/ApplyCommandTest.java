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

  /**
   * A dry run on a host whose /etc/network/interfaces is the admin's: the file is listed as unowned
   * and no step is listed, since the apply would stop at the guard before its first step. The
   * admin's file is a bind mount over /etc/network in a mount namespace of the test's own.
   */
  @Test
  void aDryRunStoppedByTheGuardListsNoStep() throws java.io.IOException {
    RealTool.require("unshare", "util-linux");
    RealTool.require("ifup", "ifupdown"); // and with it /etc/network, the mount point
    var network = java.nio.file.Files.createDirectories(tmp.resolve("network"));
    java.nio.file.Files.writeString(
        network.resolve("interfaces"), "auto lo\niface lo inet loopback\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String netgen =
        String.join(
            " ",
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.netgen.Main",
            "apply",
            Path.of("fixtures/nat/model.yaml").toAbsolutePath().toString(),
            "--target",
            "debian",
            "--dry-run");
    var run =
        Proc.run(
            tmp,
            Map.of(),
            Duration.ofSeconds(60),
            "unshare",
            "-m",
            "sh",
            "-c",
            "mount --bind \"$0\" /etc/network && exec " + netgen,
            network.toString());

    assertThat(run.exit()).as("%s", run).isEqualTo(1);
    assertThat(run.out())
        .contains("unowned /etc/network/interfaces")
        .contains("would stop here, before any step: 1 path above is not netgen's")
        .doesNotContain("would run")
        .doesNotContain("would write");
  }
}
