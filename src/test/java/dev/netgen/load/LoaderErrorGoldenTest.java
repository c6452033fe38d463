package dev.netgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.GeneratedCases;
import dev.netgen.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fixtures/errors/CASE.yaml fails to load with exactly the text of CASE.expected, exit 2. A
 * CASE.expected without its model is a case too large to commit, which {@link GeneratedCases}
 * builds.
 */
class LoaderErrorGoldenTest {
  private static final Path DIR = Fixtures.ROOT.resolve("errors");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyErrorCaseGivesItsGoldenMessage() {
    return Fixtures.cases(DIR, ".expected").stream()
        .filter(model -> Golden.selected(Fixtures.sibling(model, "")))
        .map(
            model ->
                DynamicTest.dynamicTest(
                    model.getFileName().toString(),
                    () -> {
                      Path input = GeneratedCases.onDisk(model, tmp);
                      var run = CliRun.run("lint", input.toString()).showing(input, model);
                      assertThat(run.exit()).as("exit code of %s", run).isEqualTo(2);
                      assertThat(run.out()).isEmpty();
                      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
                      String name = Fixtures.sibling(model, "");
                      Golden.check(
                          DIR.resolve(name + ".expected"),
                          run.err(),
                          Golden.rerunCommand(LoaderErrorGoldenTest.class, name));
                    }));
  }

  @Test
  void everyGoldenHasItsModelCommittedOrGenerated() {
    for (Path golden : Fixtures.files(DIR, ".expected")) {
      Path model = DIR.resolve(Fixtures.sibling(golden, ".yaml"));
      assertThat(Files.exists(model) || GeneratedCases.generates(model))
          .as(
              "model for golden %s: commit %s or add its generator to GeneratedCases",
              golden, model)
          .isTrue();
    }
  }

  @Test
  void thereAreAtLeastFifteenCases() {
    assertThat(Fixtures.cases(DIR, ".expected")).hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void everyDiagnosticNamesLineAndColumnAndShowsTheLineWithoutARule() throws Exception {
    for (Path golden : Fixtures.files(DIR, ".expected")) {
      for (String line : Files.readAllLines(golden)) {
        assertThat(line)
            .as(
                "in %s: a head line, the source line and its caret, or a hint; a loader error has no rule to see",
                golden)
            .matches(
                "fixtures/errors/[a-z0-9-]+\\.yaml:[1-9][0-9]*:[1-9][0-9]*: error\\[load\\]: .+"
                    + "| +[1-9][0-9]* \\| .+"
                    + "| +\\| +\\^"
                    + "|  hint: .+");
      }
    }
  }
}
