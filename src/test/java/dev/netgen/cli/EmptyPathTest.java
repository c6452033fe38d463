package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.ArgSpec;

/**
 * An empty path on the command line is a usage error, never "the current folder": run from / by
 * cron with an unset variable, `--out "$ROOT"` would otherwise be the live system.
 */
class EmptyPathTest {
  private static final String NAT = "fixtures/nat/model.yaml";
  private static final Set<String> PATH_LABELS = Set.of("DIR", "PATH", "FILE", "MODEL");

  static Stream<List<String>> emptyPaths() {
    return Stream.of(
        List.of("render", NAT, "--out", ""),
        List.of("render", NAT, "--out=", "--dry-run"),
        List.of("render", NAT, "--stdout", "--allow-output", ""),
        List.of("render", NAT, "--out", "/nonexistent-netgen-root", "--adopt", ""),
        List.of("render", "", "--stdout"),
        List.of("diff", NAT, "--root", ""),
        List.of("check", NAT, "--root", ""),
        List.of("apply", "", "--dry-run"),
        List.of("apply", NAT, "--dry-run", "--adopt", ""),
        List.of("apply", NAT, "--dry-run", "--allow-output", ""),
        List.of("lint", ""),
        List.of("lint", NAT, "--allow-output", ""),
        List.of("import", "--root", ""),
        List.of("import", "--root", "fixtures/import", "-o", ""),
        List.of("import", "--root", "fixtures/import", "--firewall", ""),
        List.of("uninstall", "--root", ""),
        List.of("uninstall", "--root", "", "--dry-run"));
  }

  @ParameterizedTest
  @MethodSource("emptyPaths")
  void anEmptyPathIsAUsageError(List<String> args) {
    var run = CliRun.run(args.toArray(String[]::new));

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .as(run.toString())
        .contains("an empty path names no file or folder")
        .contains("--help");
    assertThat(run.out()).isEmpty();
  }

  /** A path option added later gets the same treatment, or this names it. */
  @Test
  void everyPathOptionRefusesAnEmptyValue() {
    var io =
        new Io(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            InputStream.nullInputStream(),
            Path.of("."));
    var unguarded = new ArrayList<String>();
    for (var command : Cli.commandLine(io).getSubcommands().values()) {
      var args = new ArrayList<ArgSpec>(command.getCommandSpec().options());
      args.addAll(command.getCommandSpec().positionalParameters());
      for (ArgSpec arg : args) {
        boolean path = PATH_LABELS.contains(arg.paramLabel());
        boolean guarded =
            arg.converters().length > 0 && arg.converters()[0] instanceof NonEmptyPath;
        if (path && !guarded) {
          unguarded.add(command.getCommandName() + " " + arg.paramLabel());
        }
      }
    }
    assertThat(unguarded).as("path arguments without NonEmptyPath").isEmpty();
  }

  /** A root so long that root and output paths would pass PATH_MAX is refused before anything. */
  @ParameterizedTest
  @MethodSource("longRoots")
  void anOutputRootLongerThanNetgenAcceptsIsRefused(List<String> args) {
    var run = CliRun.run(args.toArray(String[]::new));

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err())
        .as(run.toString())
        .contains("the output root is ")
        .contains("characters long; netgen accepts at most 2048")
        .doesNotContain("internal error");
  }

  static Stream<List<String>> longRoots() {
    String root = "/" + String.join("/", java.util.Collections.nCopies(20, "r".repeat(120)));
    return Stream.of(
        List.of("render", NAT, "--out", root),
        List.of("render", NAT, "--out", root, "--dry-run"),
        List.of("diff", NAT, "--root", root),
        List.of("uninstall", "--root", root));
  }
}
