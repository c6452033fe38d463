package dev.netgen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.Fixtures;
import dev.netgen.testing.GeneratedCases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzz harnesses' property over the whole corpus in every normal test run: every model under
 * fixtures/ (hostile cases, loader errors, the seed setups, rule fixtures, and the generated cases)
 * and every finding Jazzer kept gives a model or a diagnosed refusal, never a crash. Jazzer replays
 * only its own Inputs folder; this covers the rest.
 */
class FuzzCorpusTest {
  static final Path FINDINGS =
      Path.of(
          "src/test/resources/dev/netgen/hostile/LoadFuzzTestInputs/loadingAnyBytesGivesAModelOrADiagnostic");

  @TestFactory
  Stream<DynamicTest> everyCorpusInputLoadsOrIsDiagnosed() {
    return corpus().stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.toString(), () -> HostileInput.check(GeneratedCases.read(input))));
  }

  @Test
  void corpusHoldsFixturesAndFindings() {
    var inputs = corpus();
    assertThat(inputs).anyMatch(p -> p.startsWith(Fixtures.ROOT.resolve("hostile")));
    assertThat(inputs).anyMatch(p -> p.startsWith(Fixtures.ROOT.resolve("errors")));
    assertThat(inputs).contains(Fixtures.ROOT.resolve("nat/model.yaml"));
    assertThat(inputs).anyMatch(p -> p.startsWith(FINDINGS));
  }

  static List<Path> corpus() {
    try (var fixtures = Files.walk(Fixtures.ROOT);
        var findings = Files.list(FINDINGS)) {
      return Stream.of(
              fixtures.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".yaml")),
              GeneratedCases.all().stream(),
              findings.filter(Files::isRegularFile))
          .flatMap(s -> s)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
