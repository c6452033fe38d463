package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render's take-over guard and --adopt, and netgen uninstall, through the command line. */
class UninstallCommandTest {
  private static final String NAT = "fixtures/nat/model.yaml";

  @TempDir Path root;

  /** A host whose admin has a sysctl.conf and dnsmasq.conf of their own, and dnsmasq at boot. */
  private void adminsHost() throws Exception {
    Files.createDirectories(root.resolve("etc/runlevels/default"));
    Files.writeString(root.resolve("etc/sysctl.conf"), "kernel.sysrq = 1\nvm.swappiness = 10\n");
    Files.setLastModifiedTime(root.resolve("etc/sysctl.conf"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Files.writeString(root.resolve("etc/dnsmasq.conf"), "interface=eth1\n");
    Files.createSymbolicLink(root.resolve("etc/runlevels/default/dnsmasq"), Path.of("/etc/init.d/dnsmasq"));
  }

  @Test
  void renderStopsOnTheAdminsFilesAndPrintsTheCommandThatAdoptsThem() throws Exception {
    adminsHost();

    var run = CliRun.run("render", NAT, "--out", root.toString());

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("netgen: not writing anything: 3 paths netgen would write hold something netgen may not replace")
        .contains("\n  /etc/sysctl.conf: a regular file, 36 bytes, mode 0644, owner root:root\n")
        .endsWith("\n  netgen render fixtures/nat/model.yaml --out " + root
            + " --adopt /etc/dnsmasq.conf --adopt /etc/runlevels/default/dnsmasq --adopt /etc/sysctl.conf\n");
    assertThat(Files.readString(root.resolve("etc/sysctl.conf"))).isEqualTo("kernel.sysrq = 1\nvm.swappiness = 10\n");
  }

  @Test
  void thePrintedCommandAdoptsAndUninstallGivesEverythingBack() throws Exception {
    adminsHost();
    var refusal = CliRun.run("render", NAT, "--out", root.toString()).err();
    String command = refusal.substring(refusal.lastIndexOf("\n  netgen ") + 3).strip();
    var words = command.split(" ");

    var adopt = CliRun.run(java.util.Arrays.copyOfRange(words, 1, words.length));

    assertThat(adopt.exit()).as(adopt.toString()).isZero();
    assertThat(adopt.out()).contains("adopted /etc/sysctl.conf\n", "adopted /etc/dnsmasq.conf\n", "created /etc/conf.d/net\n");
    assertThat(Files.readString(root.resolve("etc/netgen/adopted/etc/sysctl.conf"))).isEqualTo("kernel.sysrq = 1\nvm.swappiness = 10\n");

    var dryRun = CliRun.run("uninstall", "--root", root.toString(), "--dry-run");
    var uninstall = CliRun.run("uninstall", "--root", root.toString());

    assertThat(uninstall.exit()).as(uninstall.toString()).isZero();
    assertThat(dryRun.out()).isEqualTo(uninstall.out() + "dry run: nothing was written\n");
    assertThat(uninstall.out()).contains("restored /etc/sysctl.conf\n", "removed /etc/conf.d/net\n", "removed /etc/netgen/manifest\n");
    assertThat(Files.readString(root.resolve("etc/sysctl.conf"))).isEqualTo("kernel.sysrq = 1\nvm.swappiness = 10\n");
    assertThat(Files.getLastModifiedTime(root.resolve("etc/sysctl.conf")).toInstant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(root.resolve("etc/netgen")).doesNotExist();
    assertThat(root.resolve("etc/conf.d")).as("a folder netgen made").doesNotExist();
    assertThat(CliRun.run("uninstall", "--root", root.toString()).err()).contains("nothing to uninstall");
  }

  @Test
  void renderKeepsAFileChangedByHandAndExitsOne() throws Exception {
    assertThat(CliRun.run("render", NAT, "--out", root.toString()).exit()).isZero();
    Files.writeString(root.resolve("etc/dnsmasq.conf"), "# mine\n", java.nio.file.StandardOpenOption.APPEND);

    var run = CliRun.run("render", NAT, "--out", root.toString());
    var dryRun = CliRun.run("render", NAT, "--out", root.toString(), "--dry-run");
    var uninstall = CliRun.run("uninstall", "--root", root.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("kept, changed by hand: /etc/dnsmasq.conf\n");
    assertThat(run.err()).contains("netgen: kept the files changed by hand listed above");
    assertThat(dryRun.exit()).as("the dry run exits as render would").isEqualTo(1);
    assertThat(uninstall.exit()).isEqualTo(1);
    assertThat(uninstall.out()).contains("kept, changed by hand: /etc/dnsmasq.conf\n");
    assertThat(Files.readString(root.resolve("etc/dnsmasq.conf"))).endsWith("# mine\n");
  }

  @Test
  void badAdoptValueAndEmptyRootAreUsageErrors() {
    var adopt = CliRun.run("render", NAT, "--out", root.toString(), "--adopt", "etc/sysctl.conf");
    var empty = CliRun.run("uninstall", "--root", "");

    assertThat(adopt.exit()).isEqualTo(2);
    assertThat(adopt.err()).startsWith("netgen: bad --adopt value: output path 'etc/sysctl.conf' is not absolute");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(root).isEmptyDirectory();
  }

  @Test
  void uninstallOfAMissingRootFailsWithExitTwo() {
    var run = CliRun.run("uninstall", "--root", root.resolve("nowhere").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no such directory");
  }
}
