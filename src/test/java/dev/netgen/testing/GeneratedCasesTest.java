package dev.netgen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedCasesTest {
  @Test
  void everyGeneratedCaseIsListedByItsGoldenAndNotCommitted() {
    for (var model : GeneratedCases.all()) {
      var dir = model.getParent();
      boolean listed = Fixtures.cases(dir, ".expected").contains(model);
      assertThat(listed)
          .as("%s has a golden (CASE.expected) next to where it would be", model)
          .isTrue();
      assertThat(model).as("a generated model is not committed as well").doesNotExist();
    }
  }

  @Test
  void generatedModelsAreTheLargeOnesTheyStandFor() {
    assertThat(GeneratedCases.read(Fixtures.ROOT.resolve("errors/over-size-limit.yaml")))
        .hasSizeGreaterThan(4 * 1024 * 1024);
    for (var model : GeneratedCases.all()) {
      assertThat(GeneratedCases.read(model).length).as("%s", model).isGreaterThan(200_000);
    }
  }

  @Test
  void writesAGeneratedModelUnderItsFileNameAndLeavesACommittedOneInPlace(@TempDir Path tmp)
      throws Exception {
    var generated = Fixtures.ROOT.resolve("hostile/yaml-many-keys.yaml");
    var written = GeneratedCases.onDisk(generated, tmp);
    assertThat(written).isEqualTo(tmp.resolve("yaml-many-keys.yaml"));
    assertThat(Files.readAllBytes(written)).isEqualTo(GeneratedCases.read(generated));
    var committed = Fixtures.ROOT.resolve("nat/model.yaml");
    assertThat(GeneratedCases.onDisk(committed, tmp)).isEqualTo(committed);
  }
}
