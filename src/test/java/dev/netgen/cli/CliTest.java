package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import org.junit.jupiter.api.Test;

class CliTest {
  @Test
  void printsVersionFromTheBuild() {
    var run = CliRun.run("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).matches("netgen [0-9]+\\.[0-9]+\\.[0-9]+\\S*\\n");
  }

  @Test
  void helpListsEverySubcommandAndTheExitCodes() {
    var run = CliRun.run("--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("lint", "render", "diff", "rules", "schema", "completion", "Exit codes:");
  }

  @Test
  void noCommandIsBadUsage() {
    var run = CliRun.run();
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("missing command");
  }

  @Test
  void unknownOptionIsBadUsageWithoutStackTrace() {
    var run = CliRun.run("lint", "--frobnicate", "x.yaml");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--frobnicate'").doesNotContain("Exception");
  }

  @Test
  void doesNotExpandAtFiles() {
    var run = CliRun.run("lint", "@/etc/hostname");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read model @/etc/hostname");
  }

  @Test
  void missingModelFileIsExitTwoWithItsName() {
    var run = CliRun.run("lint", "no/such/model.yaml");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("netgen: cannot read model no/such/model.yaml: no such file\n");
  }

  @Test
  void lintReadsStandardInput() {
    var run = CliRun.withStdin("version: 1\n", "lint", "-");
    assertThat(run.exit()).as(run.toString()).isZero();
  }

  @Test
  void completionScriptCompletesSubcommands() {
    var run = CliRun.run("completion");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("complete -F", "lint", "render", "--fail-on");
  }
}
