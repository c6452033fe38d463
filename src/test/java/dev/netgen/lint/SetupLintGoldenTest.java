package dev.netgen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed's setups lint without errors, printing exactly fixtures/SETUP/lint.expected (empty when
 * clean).
 */
class SetupLintGoldenTest {
  @TestFactory
  Stream<DynamicTest> everySetupLintsAsItsGoldenSays() {
    return Fixtures.setups().stream()
        .filter(dir -> Golden.selected(dir.getFileName().toString()))
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      var run = CliRun.run("lint", dir.resolve("model.yaml").toString());
                      assertThat(run.exit())
                          .as("a seed setup must lint without errors: %s", run)
                          .isZero();
                      assertThat(run.err()).isEmpty();
                      Golden.check(
                          dir.resolve("lint.expected"),
                          run.out(),
                          Golden.rerunCommand(
                              SetupLintGoldenTest.class, dir.getFileName().toString()));
                    }));
  }
}
