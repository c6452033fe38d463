package dev.netgen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import dev.netgen.testing.Fixtures;
import dev.netgen.testing.Golden;
import dev.netgen.write.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One golden case per folder of fixtures/diff/: the render a {@code wanted/} tree describes,
 * compared with a copy of {@code live/}, must print {@code unified.txt}, {@code json.txt} and
 * exit with {@code exit.txt}. Folders are found on disk, so a new case needs no code.
 */
class DiffGoldenTest {
  static final Path CASES = Fixtures.ROOT.resolve("diff");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyCasePrintsItsGoldens() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream()
          .filter(c -> Golden.selected(c.getFileName().toString()))
          .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }
  }

  private void check(Path folder) {
    String name = folder.getFileName().toString();
    Path wanted = folder.resolve("wanted");
    assertThat(wanted).as("%s: the render the case compares, as a tree", folder).isDirectory();
    assertThat(folder.resolve("live")).as("%s: the live tree", folder).isDirectory();
    assertThat(wanted.resolve(Manifest.PATH.relative()))
        .as("%s: the manifest is added by the comparison, so wanted/ must not hold one", folder)
        .doesNotExist();
    Path root = tmp.resolve(name);
    Tree.copy(folder.resolve("live"), root);
    var render = Tree.read(wanted);

    var comparison = TreeComparer.compare(render, root);
    var again = TreeComparer.compare(render, root);
    assertThat(again).as("comparing twice gives the same result").isEqualTo(comparison);

    String rerun = Golden.rerunCommand(getClass(), name);
    // assertAll: one regenerating run rewrites all three goldens, not just the first.
    assertAll(
        () -> Golden.check(folder.resolve("unified.txt"), Tree.unified(comparison), rerun),
        () -> Golden.check(folder.resolve("json.txt"), Tree.json(comparison), rerun),
        () -> Golden.check(folder.resolve("exit.txt"), comparison.exitCode() + "\n", rerun));
  }
}
