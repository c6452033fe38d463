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

  /**
   * A Gentoo host whose admin has a conf.d/net of their own and an instance link of the same name
   * as netgen's, next to a sysctl.conf and a dnsmasq.conf that netgen never writes (its own files
   * are sysctl.d/90-netgen.conf and dnsmasq.netgen.conf).
   */
  private void adminsHost() throws Exception {
    Files.createDirectories(root.resolve("etc/conf.d"));
    Files.createDirectories(root.resolve("etc/runlevels/default"));
    Files.writeString(root.resolve("etc/conf.d/net"), "config_eth0=\"dhcp\"\n");
    Files.setLastModifiedTime(
        root.resolve("etc/conf.d/net"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    Files.writeString(root.resolve("etc/sysctl.conf"), "kernel.sysrq = 1\nvm.swappiness = 10\n");
    Files.writeString(root.resolve("etc/dnsmasq.conf"), "interface=eth1\n");
    Files.createSymbolicLink(
        root.resolve("etc/runlevels/default/dnsmasq.netgen"), Path.of("/etc/init.d/dnsmasq"));
  }

  @Test
  void renderStopsOnTheAdminsFilesAndPrintsTheCommandThatAdoptsThem() throws Exception {
    adminsHost();

    var run = CliRun.run("render", NAT, "--out", root.toString());

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "netgen: not writing anything: 2 paths netgen would write hold something netgen may not replace")
        .contains("\n  /etc/conf.d/net: a regular file, 19 bytes, mode 0644, owner root:root\n")
        .endsWith(
            "\n  netgen render fixtures/nat/model.yaml --out "
                + root
                + " --adopt /etc/conf.d/net --adopt /etc/runlevels/default/dnsmasq.netgen\n");
    assertThat(Files.readString(root.resolve("etc/conf.d/net")))
        .isEqualTo("config_eth0=\"dhcp\"\n");
  }

  @Test
  void thePrintedCommandAdoptsAndUninstallGivesEverythingBack() throws Exception {
    adminsHost();
    var refusal = CliRun.run("render", NAT, "--out", root.toString()).err();
    String command = refusal.substring(refusal.lastIndexOf("\n  netgen ") + 3).strip();
    var words = command.split(" ");

    var adopt = CliRun.run(java.util.Arrays.copyOfRange(words, 1, words.length));

    assertThat(adopt.exit()).as(adopt.toString()).isZero();
    assertThat(adopt.out())
        .contains(
            "adopted /etc/conf.d/net\n",
            "adopted /etc/runlevels/default/dnsmasq.netgen\n",
            "created /etc/sysctl.d/90-netgen.conf\n");
    assertThat(Files.readString(root.resolve("etc/netgen/adopted/etc/conf.d/net")))
        .isEqualTo("config_eth0=\"dhcp\"\n");
    assertThat(Files.readString(root.resolve("etc/sysctl.conf")))
        .as("not netgen's file")
        .isEqualTo("kernel.sysrq = 1\nvm.swappiness = 10\n");

    var dryRun = CliRun.run("uninstall", "--root", root.toString(), "--dry-run");
    var uninstall = CliRun.run("uninstall", "--root", root.toString());

    assertThat(uninstall.exit()).as(uninstall.toString()).isZero();
    assertThat(dryRun.out()).isEqualTo(uninstall.out() + "dry run: nothing was written\n");
    assertThat(uninstall.out())
        .contains(
            "restored /etc/conf.d/net\n",
            "removed /etc/sysctl.d/90-netgen.conf\n",
            "removed /etc/netgen/manifest\n");
    assertThat(Files.readString(root.resolve("etc/conf.d/net")))
        .isEqualTo("config_eth0=\"dhcp\"\n");
    assertThat(Files.getLastModifiedTime(root.resolve("etc/conf.d/net")).toInstant())
        .isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(Files.readSymbolicLink(root.resolve("etc/runlevels/default/dnsmasq.netgen")))
        .isEqualTo(Path.of("/etc/init.d/dnsmasq"));
    assertThat(root.resolve("etc/netgen")).doesNotExist();
    assertThat(root.resolve("etc/sysctl.d")).as("a folder netgen made").doesNotExist();
    assertThat(CliRun.run("uninstall", "--root", root.toString()).err())
        .contains("nothing to uninstall");
  }

  @Test
  void renderKeepsAFileChangedByHandAndExitsOne() throws Exception {
    assertThat(CliRun.run("render", NAT, "--out", root.toString()).exit()).isZero();
    Files.writeString(
        root.resolve("etc/dnsmasq.netgen.conf"),
        "# mine\n",
        java.nio.file.StandardOpenOption.APPEND);

    var run = CliRun.run("render", NAT, "--out", root.toString());
    var dryRun = CliRun.run("render", NAT, "--out", root.toString(), "--dry-run");
    var uninstall = CliRun.run("uninstall", "--root", root.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("kept, changed by hand: /etc/dnsmasq.netgen.conf\n");
    assertThat(run.err()).contains("netgen: kept the files changed by hand listed above");
    assertThat(dryRun.exit()).as("the dry run exits as render would").isEqualTo(1);
    assertThat(uninstall.exit()).isEqualTo(1);
    assertThat(uninstall.out()).contains("kept, changed by hand: /etc/dnsmasq.netgen.conf\n");
    assertThat(Files.readString(root.resolve("etc/dnsmasq.netgen.conf"))).endsWith("# mine\n");
  }

  @Test
  void badAdoptValueAndEmptyRootAreUsageErrors() {
    var adopt = CliRun.run("render", NAT, "--out", root.toString(), "--adopt", "etc/sysctl.conf");
    var empty = CliRun.run("uninstall", "--root", "");

    assertThat(adopt.exit()).isEqualTo(2);
    assertThat(adopt.err())
        .startsWith("netgen: bad --adopt value: output path 'etc/sysctl.conf' is not absolute");
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
