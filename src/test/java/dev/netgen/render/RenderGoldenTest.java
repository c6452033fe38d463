package dev.netgen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Distro;
import dev.netgen.model.Model;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.Golden;
import dev.netgen.write.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixtures/SETUP/model.yaml renders to exactly fixtures/SETUP/expected/TARGET/ for each
 * target folder there (the model's own distro when there is none yet): same paths, bytes, symlink
 * targets and modes, manifest included, and the same again on a second render.
 */
class RenderGoldenTest {
  private final TemplateEngine engine = new TemplateEngine();

  @TestFactory
  Stream<DynamicTest> everyFixtureRendersToItsExpectedTree() {
    var tests = new ArrayList<DynamicTest>();
    for (Path setup : Fixtures.setups()) {
      for (String target : targets(setup)) {
        String name = setup.getFileName() + "/" + target;
        if (Golden.selected(name)) {
          tests.add(DynamicTest.dynamicTest(name, () -> check(setup, target, name)));
        }
      }
    }
    return tests.stream();
  }

  private void check(Path setup, String targetId, String name) {
    Path modelFile = setup.resolve("model.yaml");
    Model model = new ModelLoader().load(modelFile.toString(), InputStream.nullInputStream());
    Target target =
        Targets.find(targetId)
            .orElseThrow(() -> new AssertionError("no target " + targetId + " for " + setup));
    // What render writes: the target's files and the writer's manifest of them.
    FileSet first = Manifest.withManifest(new Renderer(engine).render(model, target));
    FileSet second =
        Manifest.withManifest(new Renderer(new TemplateEngine()).render(model, target));
    assertThat(RenderedTree.of(second))
        .as("a second render of %s gives other bytes", name)
        .isEqualTo(RenderedTree.of(first));

    Path expectedRoot = setup.resolve("expected").resolve(targetId);
    var actual = RenderedTree.of(first);
    var expected = RenderedTree.read(expectedRoot);
    if (actual.equals(expected)) {
      return;
    }
    if (Golden.regenerating()) {
      RenderedTree.delete(expectedRoot);
      RenderedTree.write(first, expectedRoot);
      fail("rewrote " + expectedRoot + ": review its diff before committing");
    }
    fail(
        "render of %s differs from %s:%n%s%n  rerun: %s%n  regenerate on purpose: add -Dnetgen.regenerate=true",
        modelFile,
        expectedRoot,
        differences(expected, actual),
        Golden.rerunCommand(getClass(), name));
  }

  /** The target folders under expected/, or the model's distro when there are none yet. */
  private static List<String> targets(Path setup) {
    Path expected = setup.resolve("expected");
    if (Files.isDirectory(expected)) {
      try (Stream<Path> dirs = Files.list(expected)) {
        var found =
            dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        if (!found.isEmpty()) {
          return found;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Model model =
        new ModelLoader()
            .load(setup.resolve("model.yaml").toString(), InputStream.nullInputStream());
    return List.of(model.distro().map(Distro::id).orElse("gentoo"));
  }

  /** What differs, path by path, with a unified diff for files whose text changed. */
  static String differences(RenderedTree expected, RenderedTree actual) {
    var out = new StringBuilder();
    var paths = new TreeSet<>(expected.entries().keySet());
    paths.addAll(actual.entries().keySet());
    for (String path : paths) {
      var want = expected.entries().get(path);
      var got = actual.entries().get(path);
      if (want == null) {
        out.append("  unexpected ").append(path).append(" (").append(got.kind()).append(")\n");
      } else if (got == null) {
        out.append("  missing    ").append(path).append(" (").append(want.kind()).append(")\n");
      } else if (!want.kind().equals(got.kind())) {
        out.append("  ")
            .append(path)
            .append(": expected ")
            .append(want.kind())
            .append(", got ")
            .append(got.kind())
            .append('\n');
      } else if (!want.text().equals(got.text())) {
        out.append("  ").append(path).append(" differs:\n");
        List<String> a = want.text().lines().toList();
        List<String> b = got.text().lines().toList();
        UnifiedDiffUtils.generateUnifiedDiff(
                "expected/" + path, "rendered/" + path, a, DiffUtils.diff(a, b), 2)
            .forEach(line -> out.append("    ").append(line).append('\n'));
      }
    }
    return out.toString();
  }
}
