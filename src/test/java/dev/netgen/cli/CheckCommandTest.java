package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.check.FakeHost;
import dev.netgen.testing.CliRun;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * netgen check's command line on a faked host: exit codes, --fail-on, --format json, exit 2 without
 * ip.
 */
class CheckCommandTest {
  private static final String MODEL = "fixtures/nat/model.yaml";

  @TempDir Path root;
  private FakeHost host;

  @BeforeEach
  void render() throws Exception {
    assertThat(CliRun.run("render", MODEL, "--target", "debian", "--out", root.toString()).exit())
        .isZero();
    host = new FakeHost(Files.readString(root.resolve("etc/dnsmasq.netgen.conf")));
  }

  private record Run(int exit, String out, String err) {}

  private Run check(String... more) {
    var out = new StringWriter();
    var err = new StringWriter();
    var io =
        new Io(
            new PrintWriter(out),
            new PrintWriter(err),
            InputStream.nullInputStream(),
            Path.of("").toAbsolutePath());
    var command = new CommandLine(new CheckCommand(io, new TemplateStart(), host));
    command.setOut(io.out());
    command.setErr(io.err());
    command.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          if (e instanceof dev.netgen.diag.NetgenException n) {
            io.err().println("netgen: " + n.getMessage());
            io.err().flush();
            return n.exitCode();
          }
          throw e;
        });
    var args =
        new java.util.ArrayList<>(
            java.util.List.of(MODEL, "--target", "debian", "--root", root.toString()));
    args.addAll(java.util.List.of(more));
    int exit = command.execute(args.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aHostAsModelledExitsZeroWithASummary() {
    var run = check();
    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(run.out()).endsWith("\n28 pass, 0 fail, 0 warn, 0 skip\n".substring(1));
  }

  @Test
  void aFailingFactExitsOne() {
    host.files.put("/proc/sys/net/ipv4/ip_forward", "0\n");
    var run = check();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "fail  host  net.ipv4.ip_forward: expected 1 / found 0\n      hint: sysctl -w net.ipv4.ip_forward=1");
  }

  @Test
  void aWarningExitsOneOnlyWithFailOnWarning() {
    host.files.put("/proc/sys/net/bridge/bridge-nf-call-iptables", "1\n");
    assertThat(check().exit()).isZero();
    assertThat(check("--fail-on", "warning").exit()).isEqualTo(1);
  }

  @Test
  void jsonGivesTheSameFacts() {
    var run = check("--format", "json");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("{\n  \"facts\": [\n")
        .contains("\"pass\": 28,")
        .endsWith("}\n");
  }

  @Test
  void withoutIpItCannotReadTheHostAndExitsTwo() {
    host.ipInstalled = false;
    var run = check();
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read the host: ip (iproute2) not installed");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void checkIsACommandOfTheCommandLine() {
    var run = CliRun.run("check", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: netgen check", "--fail-on", "--format");
    assertThat(CliRun.run("completion").out()).contains("check").contains("--fail-on");
  }
}
