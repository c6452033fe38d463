package dev.netgen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import dev.netgen.testing.CliRun;
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
 * One golden case per folder of fixtures/diff/, found on disk, so a new case needs no code. A case
 * compares a copy of its {@code live/} tree with either a {@code model.yaml}, through the real
 * command line ({@code netgen diff MODEL --root ROOT}), or a {@code wanted/} tree standing for a
 * render; it must print {@code unified.expected} and {@code json.expected}, exit with {@code
 * exit.expected}, and print nothing on stderr.
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

  private record Output(String unified, String json, int exit) {}

  private void check(Path folder) {
    String name = folder.getFileName().toString();
    assertThat(folder.resolve("live")).as("%s: the live tree", folder).isDirectory();
    Path root = tmp.resolve(name);
    Tree.copy(folder.resolve("live"), root);

    var output =
        Files.exists(folder.resolve("model.yaml"))
            ? throughCli(folder, root)
            : fromTree(folder, root);

    String rerun = Golden.rerunCommand(getClass(), name);
    // assertAll: one regenerating run rewrites all three goldens, not just the first.
    assertAll(
        () -> Golden.check(folder.resolve("unified.expected"), output.unified(), rerun),
        () -> Golden.check(folder.resolve("json.expected"), output.json(), rerun),
        () -> Golden.check(folder.resolve("exit.expected"), output.exit() + "\n", rerun));
  }

  private static Output throughCli(Path folder, Path root) {
    String model = folder.resolve("model.yaml").toString();
    var unified = CliRun.run("diff", model, "--root", root.toString());
    var json = CliRun.run("diff", model, "--root", root.toString(), "--format", "json");
    var quiet = CliRun.run("diff", model, "--root", root.toString(), "--quiet");
    assertThat(unified.err()).as(unified.toString()).isEmpty();
    assertThat(json.exit())
        .as("the exit code does not depend on the format")
        .isEqualTo(unified.exit());
    assertThat(quiet.exit()).as("nor on --quiet").isEqualTo(unified.exit());
    assertThat(quiet.out() + quiet.err()).as("--quiet prints nothing").isEmpty();
    return new Output(unified.out(), json.out(), unified.exit());
  }

  private static Output fromTree(Path folder, Path root) {
    Path wanted = folder.resolve("wanted");
    assertThat(wanted)
        .as("%s: a model.yaml, or a wanted/ tree standing for the render", folder)
        .isDirectory();
    assertThat(wanted.resolve(Manifest.PATH.relative()))
        .as("%s: the manifest is added by the comparison, so wanted/ must not hold one", folder)
        .doesNotExist();
    var render = Tree.read(wanted);
    var comparison = TreeComparer.compare(render, root);
    assertThat(TreeComparer.compare(render, root))
        .as("comparing twice gives the same result")
        .isEqualTo(comparison);
    return new Output(Tree.unified(comparison), Tree.json(comparison), comparison.exitCode());
  }
}
