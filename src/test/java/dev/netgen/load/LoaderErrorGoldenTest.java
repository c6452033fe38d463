package dev.netgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each fixtures/errors/CASE.yaml fails to load with exactly the text of CASE.txt, exit 2. */
class LoaderErrorGoldenTest {
  private static final Path DIR = Fixtures.ROOT.resolve("errors");

  @TestFactory
  Stream<DynamicTest> everyErrorCaseGivesItsGoldenMessage() {
    return Fixtures.files(DIR, ".yaml").stream()
        .filter(model -> Golden.selected(Fixtures.sibling(model, "")))
        .map(
            model ->
                DynamicTest.dynamicTest(
                    model.getFileName().toString(),
                    () -> {
                      var run = CliRun.run("lint", model.toString());
                      assertThat(run.exit()).as("exit code of %s", run).isEqualTo(2);
                      assertThat(run.out()).isEmpty();
                      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
                      String name = Fixtures.sibling(model, "");
                      Golden.check(
                          DIR.resolve(name + ".txt"), run.err(), Golden.rerunCommand(LoaderErrorGoldenTest.class, name));
                    }));
  }

  @Test
  void everyGoldenHasItsModel() {
    for (Path golden : Fixtures.files(DIR, ".txt")) {
      assertThat(DIR.resolve(Fixtures.sibling(golden, ".yaml"))).as("model for golden %s", golden).exists();
    }
  }

  @Test
  void thereAreAtLeastFifteenCases() {
    assertThat(Fixtures.files(DIR, ".yaml")).hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void everyDiagnosticNamesLineAndColumnAndShowsTheLineWithoutARule() throws Exception {
    for (Path golden : Fixtures.files(DIR, ".txt")) {
      for (String line : Files.readAllLines(golden)) {
        assertThat(line)
            .as("in %s: a head line, the source line and its caret, or a hint; a loader error has no rule to see", golden)
            .matches(
                "fixtures/errors/[a-z0-9-]+\\.yaml:[1-9][0-9]*:[1-9][0-9]*: error\\[load\\]: .+"
                    + "| +[1-9][0-9]* \\| .+"
                    + "| +\\| +\\^"
                    + "|  hint: .+");
      }
    }
  }
}
