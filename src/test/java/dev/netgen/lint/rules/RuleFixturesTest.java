package dev.netgen.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Finding;
import dev.netgen.lint.FleetRule;
import dev.netgen.lint.Linter;
import dev.netgen.load.ModelLoader;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks fixtures/rules/RULE-ID/ from disk: good.yaml must not trigger its rule (and is otherwise
 * clean), every bad*.yaml prints exactly its bad*.expected, and its `# expect: RULE-ID/MESSAGE-ID`
 * markers sit directly above each line where the rule reports that message, as Error Prone's "BUG:
 * Diagnostic contains:" lines.
 */
class RuleFixturesTest {
  static final Path DIR = Fixtures.ROOT.resolve("rules");
  private static final Linter LINTER = RuleRegistry.linter();

  @TestFactory
  Stream<DynamicNode> everyRuleHasGoodAndBadFixturesThatBehave() throws IOException {
    var names = new TreeSet<>(LINTER.ids());
    try (Stream<Path> folders = Files.list(DIR)) {
      folders.filter(Files::isDirectory).forEach(f -> names.add(f.getFileName().toString()));
    }
    return names.stream().filter(Golden::selected).map(this::folder);
  }

  private DynamicNode folder(String id) {
    Path dir = DIR.resolve(id);
    if (LINTER.find(id).isEmpty()) {
      return DynamicTest.dynamicTest(
          id,
          () ->
              fail(
                  "folder %s has no rule: add class %s to dev.netgen.lint.rules and a line to RuleRegistry, or remove the folder",
                  dir, className(id)));
    }
    if (!Files.isDirectory(dir)) {
      return DynamicTest.dynamicTest(
          id,
          () ->
              fail(
                  "rule %s has no fixtures: add %s/README.md (why the rule exists), %s/good.yaml (a model the rule accepts), %s/bad.yaml"
                      + " (with `# expect: %s/MESSAGE-ID` above each offending line) and %s/bad.expected (run once with -Dnetgen.regenerate=true,"
                      + " then review it)",
                  id, dir, dir, dir, id, dir));
    }
    var tests = new ArrayList<DynamicNode>();
    boolean fleet = LINTER.find(id).orElseThrow() instanceof FleetRule;
    tests.add(
        DynamicTest.dynamicTest(
            "good.yaml", () -> good(id, fleetOf(dir.resolve("good.yaml"), fleet))));
    if (bads(dir).isEmpty()) {
      tests.add(
          DynamicTest.dynamicTest(
              "bad.yaml",
              () ->
                  fail(
                      "add %s/bad.yaml: a model that breaks %s, with `# expect: %s/MESSAGE-ID` above each offending line",
                      dir, id, id)));
    }
    for (Path bad : bads(dir)) {
      tests.add(
          DynamicTest.dynamicTest(
              bad.getFileName().toString(), () -> bad(id, fleetOf(bad, fleet))));
    }
    for (Path golden : Fixtures.files(dir, ".expected")) {
      Path model = dir.resolve(Fixtures.sibling(golden, ".yaml"));
      tests.add(
          DynamicTest.dynamicTest(
              golden.getFileName() + " has its model",
              () ->
                  assertThat(model)
                      .as("golden %s has no model: add %s or remove the golden", golden, model)
                      .exists()));
    }
    return DynamicContainer.dynamicContainer(id, tests);
  }

  /**
   * The folder's bad*.yaml models; a fleet rule's X.other.yaml is the second host of X.yaml, not an
   * example of its own.
   */
  static List<Path> bads(Path dir) {
    return Fixtures.files(dir, ".yaml").stream()
        .filter(p -> p.getFileName().toString().startsWith("bad"))
        .filter(p -> !p.getFileName().toString().endsWith(OTHER))
        .toList();
  }

  static final String OTHER = ".other.yaml";

  /** The models of one example: the file, and for a fleet rule its X.other.yaml as well. */
  static List<Path> fleetOf(Path example, boolean fleet) {
    return fleet
        ? List.of(example, example.resolveSibling(Fixtures.sibling(example, OTHER)))
        : List.of(example);
  }

  private static void good(String id, List<Path> example) {
    for (Path good : example) {
      assertThat(good).as("add %s: a model on which %s reports nothing", good, id).exists();
    }
    Path good = example.get(0);
    List<Finding> found = findings(example);
    assertThat(found)
        .as("%s must not trigger %s", good, id)
        .noneMatch(f -> f.rule().id().equals(id));
    assertThat(found)
        .as("%s should be lint-clean, so that it shows the fix and nothing else", good)
        .isEmpty();
  }

  private static void bad(String id, List<Path> example) throws IOException {
    Path bad = example.get(0);
    Path golden = bad.resolveSibling(Fixtures.sibling(bad, ".expected"));
    if (!Files.exists(golden) && !Golden.regenerating()) {
      fail(
          "%s has no golden: add %s with the exact output of `netgen lint %s` (run with -Dnetgen.regenerate=true, then review it)",
          bad, golden, bad);
    }
    List<Finding> found = findings(example);
    var markers = Markers.read(example);
    assertThat(markers.of(id))
        .as("%s must mark at least one place with `# expect: %s/MESSAGE-ID`", bad, id)
        .isNotEmpty();
    for (Finding f : found) {
      if (f.rule().id().equals(id)) {
        assertThat(markers.all())
            .as(
                "%s reported %s at %s without a marker: add `# expect: %s/%s` on the line above, or fix the rule%n%s",
                id, f.messageId(), f.at(), id, f.messageId(), f.diagnostic().format())
            .anyMatch(m -> m.matches(f));
      }
    }
    for (var marker : markers.all()) {
      assertThat(found)
          .as(
              "%s:%d expects %s, which was not reported; found:%n%s",
              bad, marker.markerLine(), marker, text(found))
          .anyMatch(marker::matches);
    }
    var args = new ArrayList<String>(List.of("lint"));
    example.forEach(p -> args.add(p.toString()));
    var run = CliRun.run(args.toArray(String[]::new));
    boolean errors = found.stream().anyMatch(f -> f.rule().severity() == Severity.ERROR);
    assertThat(run.exit()).as("exit code of %s", run).isEqualTo(errors ? 1 : 0);
    assertThat(run.err()).isEmpty();
    String name = bad.getParent().getFileName() + "/" + bad.getFileName();
    Golden.check(
        golden,
        run.out(),
        Golden.rerunCommand(RuleFixturesTest.class, bad.getParent().getFileName().toString())
            + "   # "
            + name);
  }

  static List<Finding> findings(Path model) {
    return LINTER.findings(
        new ModelLoader().load(model.toString(), InputStream.nullInputStream()), Set.of());
  }

  /** The findings of one model, or of several (a fleet example) with the fleet rules. */
  static List<Finding> findings(List<Path> models) {
    if (models.size() == 1) {
      return findings(models.get(0));
    }
    var loaded =
        models.stream()
            .map(p -> new ModelLoader().load(p.toString(), InputStream.nullInputStream()))
            .toList();
    return LINTER.fleetFindings(loaded, Set.of());
  }

  private static String text(List<Finding> found) {
    var out = new StringBuilder();
    found.forEach(
        f ->
            out.append(f.rule().id())
                .append('/')
                .append(f.messageId())
                .append(": ")
                .append(f.diagnostic().format())
                .append('\n'));
    return out.toString();
  }

  static String className(String id) {
    var out = new StringBuilder();
    for (String part : id.split("-")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
