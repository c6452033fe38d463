package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

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
    assertThat(run.out())
        .contains(
            "lint",
            "render",
            "diff",
            "graph",
            "uninstall",
            "rules",
            "schema",
            "completion",
            "Exit codes:");
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

  @Test
  void completionKnowsGraphAndItsFormats() {
    var run = CliRun.run("completion");
    assertThat(run.out())
        .contains("function _picocli_netgen_graph()", "(\"text\" \"dot\" \"mermaid\" \"svg\")");
  }

  @Test
  void namesEachSubcommandAsItsCommandAnnotationDoes() {
    Cli.SUBCOMMANDS.forEach(
        (name, type) ->
            assertThat(type.getAnnotation(Command.class).name())
                .as(type.getSimpleName())
                .isEqualTo(name));
  }

  /** Cli.run builds only the subcommand a run names; what it prints must not tell. */
  @Test
  void aSubcommandBuiltAlonePrintsWhatTheWholeCommandLinePrints() {
    for (String name : Cli.SUBCOMMANDS.keySet()) {
      for (List<String> args :
          List.of(
              List.of(name, "--help"),
              List.of(name, "--frobnicate"),
              List.of(name, "no/such/model.yaml"))) {
        var alone = CliRun.run(args.toArray(String[]::new));
        assertThat(alone).as(String.join(" ", args)).isEqualTo(whole(args));
      }
    }
    for (String version : List.of("--version", "-V")) {
      assertThat(CliRun.run(version)).isEqualTo(whole(List.of(version)));
    }
  }

  private static CliRun whole(List<String> args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var io =
        new Io(
            new PrintWriter(out),
            new PrintWriter(err),
            InputStream.nullInputStream(),
            Path.of("").toAbsolutePath());
    int exit = Cli.commandLine(io).execute(args.toArray(String[]::new));
    return new CliRun(exit, out.toString(), err.toString());
  }
}
