package dev.netgen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.netgen.load.ModelLoader;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.GeneratedCases;
import dev.netgen.testing.Golden;
import dev.netgen.write.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * fixtures/hostile/: each CASE.yaml is linted as a user would run it and must give exactly what
 * CASE.expected says (exit code, stdout, stderr; format in fixtures/hostile/README.md). A
 * CASE.expected without its model is a case too large to commit, which {@link GeneratedCases}
 * builds.
 */
class HostileCorpusTest {
  static final Path DIR = Fixtures.ROOT.resolve("hostile");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyHostileCaseGivesItsExpectedOutcome() {
    return cases()
        .filter(model -> Golden.selected(name(model)))
        .map(model -> DynamicTest.dynamicTest(name(model), () -> check(model)));
  }

  private void check(Path model) {
    String name = name(model);
    Path expected = DIR.resolve(name + ".expected");
    if (!Files.exists(expected) && !Golden.regenerating()) {
      fail(
          "%s has no expectation: add %s with the first line `exit: N` (0, 1 or 2), then the exact"
              + " output under `--- stdout` and `--- stderr` lines (fixtures/hostile/README.md), or run%n  %s"
              + " -Dnetgen.regenerate=true%nto write it from what netgen does now, and review it",
          model, expected, Golden.rerunCommand(HostileCorpusTest.class, name));
    }
    Path input = GeneratedCases.onDisk(model, tmp);
    var run = CliRun.run("lint", input.toString()).showing(input, model);
    assertThat(run.err())
        .as("a user mistake never shows a stack trace")
        .doesNotContain("\tat ")
        .doesNotContain("internal error");
    Golden.check(expected, Expectation.of(run), Golden.rerunCommand(HostileCorpusTest.class, name));
  }

  /**
   * CASE.render.expected, where a case has one: what `netgen render CASE --stdout --target gentoo`
   * must give, in the format of CASE.expected. For models that lint accepts and render must still
   * refuse (an output moved onto a file or link netgen generates).
   */
  @TestFactory
  Stream<DynamicTest> everyRenderExpectationHolds() {
    return cases()
        .filter(model -> Files.exists(renderExpectation(model)))
        .filter(model -> Golden.selected(name(model)))
        .map(
            model ->
                DynamicTest.dynamicTest(
                    name(model),
                    () -> {
                      Path input = GeneratedCases.onDisk(model, tmp);
                      var run =
                          CliRun.run("render", input.toString(), "--stdout", "--target", "gentoo")
                              .showing(input, model);
                      assertThat(run.err())
                          .doesNotContain("\tat ")
                          .doesNotContain("internal error");
                      Golden.check(
                          renderExpectation(model),
                          Expectation.of(run),
                          Golden.rerunCommand(HostileCorpusTest.class, name(model)));
                    }));
  }

  private static Path renderExpectation(Path model) {
    return DIR.resolve(name(model) + ".render.expected");
  }

  /**
   * A case that lints clean is one a user would render: render --stdout prints, for every target,
   * exactly the files of an in-process render, and no line of them is anything but a line of its
   * template or a value line of the strict shape that template writes ({@link RenderedLines}).
   */
  @TestFactory
  Stream<DynamicTest> everyCleanCaseRendersOnlyLinesItsTemplatesExplain() {
    return cases()
        .filter(model -> Expectation.exitOf(DIR.resolve(name(model) + ".expected")) == 0)
        .filter(model -> !Files.exists(renderExpectation(model)))
        .flatMap(
            model ->
                Targets.ids().stream()
                    .map(
                        target ->
                            DynamicTest.dynamicTest(
                                name(model) + " " + target,
                                () -> {
                                  Path input = GeneratedCases.onDisk(model, tmp);
                                  var run =
                                      CliRun.run(
                                          "render",
                                          input.toString(),
                                          "--stdout",
                                          "--target",
                                          target);
                                  assertThat(run.exit()).as("%s", run).isZero();
                                  var loaded =
                                      new ModelLoader()
                                          .load(input.toString(), InputStream.nullInputStream());
                                  var files =
                                      new Renderer()
                                          .render(loaded, Targets.find(target).orElseThrow());
                                  RenderedLines.check(loaded, files);
                                  assertThat(run.out())
                                      .as("render --stdout prints the files checked")
                                      .isEqualTo(listing(Manifest.withManifest(files)));
                                })));
  }

  @Test
  void someCasesLintCleanAndAreRendered() {
    assertThat(
            cases()
                .filter(model -> Expectation.exitOf(DIR.resolve(name(model) + ".expected")) == 0)
                .count())
        .isGreaterThanOrEqualTo(5);
  }

  /**
   * render --stdout's format: each file under a ==> PATH <== header, a link as ==> PATH -> TARGET
   * <==.
   */
  private static String listing(FileSet files) {
    var out = new StringBuilder();
    for (var file : files.files()) {
      if (file instanceof RenderedFile.Regular regular) {
        out.append("==> ").append(file.path().absolute()).append(" <==\n");
        out.append(new String(regular.content(), StandardCharsets.UTF_8));
      } else {
        out.append("==> ")
            .append(file.path().absolute())
            .append(" -> ")
            .append(((RenderedFile.Symlink) file).target())
            .append(" <==\n");
      }
    }
    return out.toString();
  }

  @Test
  void everyExpectationHasItsModelCommittedOrGenerated() throws IOException {
    try (var files = Files.list(DIR)) {
      files
          .filter(p -> p.toString().endsWith(".expected"))
          .forEach(
              p -> {
                String name =
                    p.getFileName().toString().replaceFirst("(\\.render)?\\.expected$", "");
                Path model = DIR.resolve(name + ".yaml");
                assertThat(Files.exists(model) || GeneratedCases.generates(model))
                    .as("model for %s: commit %s or add its generator to GeneratedCases", p, model)
                    .isTrue();
              });
    }
  }

  @Test
  void corpusHasAtLeastFortyCases() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(40);
  }

  /**
   * A byte order mark and CR or CRLF line ends are only spelling: every case that loads gives the
   * same model, positions included, as its plain UTF-8, LF-ended form.
   */
  @TestFactory
  Stream<DynamicTest> everyLoadableCaseEqualsItsPlainLfForm() {
    return cases()
        .filter(model -> Expectation.exitOf(DIR.resolve(name(model) + ".expected")) != 2)
        .map(
            model ->
                DynamicTest.dynamicTest(
                    name(model),
                    () -> {
                      byte[] bytes = GeneratedCases.read(model);
                      byte[] plain = plainLf(bytes);
                      var loader = new ModelLoader();
                      assertThat(loader.parse(name(model), bytes))
                          .isEqualTo(loader.parse(name(model), plain));
                    }));
  }

  @Test
  void crlfAndBomCasesReallyDifferFromTheirPlainForm() throws IOException {
    // Guards the test above from comparing a file with itself.
    for (String name : new String[] {"yaml-crlf", "yaml-cr-only", "yaml-utf8-bom"}) {
      byte[] bytes = Files.readAllBytes(DIR.resolve(name + ".yaml"));
      assertThat(Arrays.equals(bytes, plainLf(bytes))).as(name).isFalse();
      assertThat(Expectation.exitOf(DIR.resolve(name + ".expected")))
          .as(name + " must load")
          .isNotEqualTo(2);
    }
  }

  static byte[] plainLf(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n').getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Path> cases() {
    return Fixtures.cases(DIR, ".expected").stream();
  }

  static String name(Path model) {
    return Fixtures.sibling(model, "");
  }
}
