package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** netgen diff on the command line: exit codes and what reaches stdout and stderr. */
class DiffCommandTest {
  private static final String BROKEN = "fixtures/errors/unknown-key.yaml";

  @Test
  void brokenModelExitsTwoWithTheLoadersDiagnostics() {
    var run = CliRun.run("diff", BROKEN, "--root", ".");

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(Golden.read(Path.of("fixtures/errors/unknown-key.txt")));
  }

  @Test
  void quietStillSaysWhyItFailed() {
    // --quiet silences differences, not failures: a hook that fails must say why in its log.
    var run = CliRun.run("diff", BROKEN, "--quiet");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("unknown key 'adress'");
  }

  @Test
  void missingModelExitsTwo() {
    var run = CliRun.run("diff", "no/such/model.yaml", "--quiet");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("netgen: cannot read model no/such/model.yaml: no such file\n");
  }

  @Test
  void unknownFormatIsBadUsage() {
    var run = CliRun.run("diff", BROKEN, "--format", "html");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--format", "html").doesNotContain("Exception");
  }

  @Test
  void helpStatesTheExitCodes() {
    var run = CliRun.run("diff", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("0  every file is as render would write it", "1  differences", "2  the model cannot be loaded");
  }
}
