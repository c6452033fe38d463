package dev.netgen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models of examples/ are what a user copies first, so each must be exactly right: a comment
 * header that says which host it is, lint without a single finding, a render for both targets, and
 * a line in examples/README.md. The real tools read their renders in the realtool tests, and the
 * boot labs boot them (BootDebianLabTest, BootGentooLabTest).
 */
class ExamplesTest {
  @TempDir Path tmp;

  @Test
  void thereAreExamples() {
    assertThat(Fixtures.examples()).hasSizeGreaterThanOrEqualTo(5);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleIsCleanRendersAndIsListed() throws IOException {
    String readme = Files.readString(Path.of("examples/README.md"));
    return Fixtures.examples().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.toString(), () -> cleanAndRendered(example, readme)));
  }

  private void cleanAndRendered(Path example, String readme) throws IOException {
    List<String> lines = Files.readAllLines(example);
    assertThat(lines.subList(0, 2)).as("a comment header").allMatch(l -> l.startsWith("# "));
    assertThat(readme).contains("(" + example.getFileName() + ")");
    var lint = CliRun.run("lint", example.toString());
    assertThat(lint.exit()).as("%s", lint).isZero();
    assertThat(lint.out()).as("no finding at all").isEmpty();
    for (String target : List.of("debian", "gentoo")) {
      Path out = tmp.resolve(Fixtures.sibling(example, "") + "-" + target);
      var render =
          CliRun.run("render", example.toString(), "--target", target, "--out", out.toString());
      assertThat(render.exit()).as("%s", render).isZero();
      assertThat(out.resolve("etc/netgen/manifest")).exists();
    }
  }
}
