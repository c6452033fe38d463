package dev.netgen.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * fixtures/import/CASE: root/ a host's files, args (optional) more arguments, and the goldens:
 * expected.yaml (the model on stdout), not-imported.expected (stderr), exit.expected, and
 * lint.expected (netgen lint of expected.yaml, so the mistakes of the input show up with positions
 * in the model).
 */
class ImportCaseTest {
  static final Path CASES = Path.of("fixtures/import");

  @TestFactory
  Stream<DynamicTest> everyCaseImportsAsExpected() throws IOException {
    var cases = new ArrayList<Path>();
    try (var dirs = Files.list(CASES)) {
      dirs.filter(d -> Files.isDirectory(d.resolve("root"))).sorted().forEach(cases::add);
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(14);
    return cases.stream()
        .filter(c -> Golden.selected(c.getFileName().toString()))
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path dir) throws IOException {
    String name = dir.getFileName().toString();
    String rerun = Golden.rerunCommand(ImportCaseTest.class, name);
    var args = new ArrayList<>(List.of("import", "--root", dir.resolve("root").toString()));
    Path extra = dir.resolve("args");
    if (Files.exists(extra)) {
      args.addAll(List.of(Files.readString(extra).strip().split("\\s+")));
    }
    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> CliRun.run(args.toArray(String[]::new)));
    Golden.check(dir.resolve("expected.yaml"), run.out(), rerun);
    Golden.check(dir.resolve("not-imported.expected"), run.err(), rerun);
    Golden.check(dir.resolve("exit.expected"), run.exit() + "\n", rerun);
    if (run.exit() != 2) {
      var lint = CliRun.run("lint", dir.resolve("expected.yaml").toString());
      assertThat(lint.exit()).as("the imported model loads: %s", lint.err()).isIn(0, 1);
      Golden.check(dir.resolve("lint.expected"), lint.out() + lint.err(), rerun);
    }
  }
}
