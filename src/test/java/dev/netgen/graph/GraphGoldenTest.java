package dev.netgen.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.Golden;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * netgen graph against its goldens: each seed setup (fixtures/SETUP/graph.FORMAT.expected) and each
 * case of fixtures/graph/ (drawn with --lint) in text, dot and mermaid; and Graphviz's dot reads
 * the dot of every model under fixtures/ that loads, rule examples included.
 */
class GraphGoldenTest {
  private static final List<String> FORMATS = List.of("text", "dot", "mermaid");
  private static final Path CASES = Fixtures.ROOT.resolve("graph");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everySetupAndCaseMatchesItsGoldens() {
    var tests = new ArrayList<DynamicTest>();
    for (Path setup : Fixtures.setups()) {
      for (String format : FORMATS) {
        Path model = setup.resolve("model.yaml");
        Path golden = setup.resolve("graph." + format + ".expected");
        tests.add(golden(model, golden, format, false));
      }
    }
    for (Path model : Fixtures.files(CASES, ".yaml")) {
      for (String format : FORMATS) {
        Path golden = model.resolveSibling(Fixtures.sibling(model, "." + format + ".expected"));
        tests.add(golden(model, golden, format, true));
      }
    }
    return tests.stream();
  }

  private static DynamicTest golden(Path model, Path golden, String format, boolean lint) {
    return DynamicTest.dynamicTest(
        golden.toString(),
        () -> {
          var args = new ArrayList<>(List.of("graph", model.toString(), "--format", format));
          if (lint) {
            args.add("--lint");
          }
          var run = CliRun.run(args.toArray(String[]::new));
          assertThat(run.exit()).as("%s", run).isZero();
          assertThat(run.err()).isEmpty();
          Golden.check(golden, run.out(), "mvn -q test -Dtest=GraphGoldenTest");
          assertThat(CliRun.run(args.toArray(String[]::new)).out())
              .as("a second run draws the same bytes")
              .isEqualTo(run.out());
        });
  }

  @TestFactory
  Stream<DynamicTest> graphvizReadsTheDotOfEveryModel() throws IOException {
    var models = new ArrayList<Path>();
    Fixtures.setups().forEach(s -> models.add(s.resolve("model.yaml")));
    models.addAll(Fixtures.files(CASES, ".yaml"));
    try (Stream<Path> rules = Files.walk(Fixtures.ROOT.resolve("rules"))) {
      rules.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(models::add);
    }
    return models.stream()
        .map(
            model ->
                DynamicTest.dynamicTest(
                    model.toString(),
                    () -> {
                      var run = CliRun.run("graph", model.toString(), "--format", "dot", "--lint");
                      if (run.exit() == 2) {
                        return; // a rule example that does not load draws nothing
                      }
                      assertThat(run.exit()).as("%s", run).isZero();
                      assertDotReads(run.out(), tmp);
                    }));
  }

  /** Graphviz draws the text without a warning; returns the SVG. */
  static String assertDotReads(String dot, Path tmp) {
    Path tool = RealTool.require("dot", "graphviz");
    try {
      Path file = Files.createTempFile(tmp, "graph", ".dot");
      Files.writeString(file, dot);
      var proc = Proc.run(tmp, tool.toString(), "-Tsvg", file.toString());
      assertThat(proc.exit()).as("dot -Tsvg of%n%s%n%s", dot, proc.err()).isZero();
      assertThat(proc.err()).as("dot's warnings about%n%s", dot).isEmpty();
      return proc.out();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
