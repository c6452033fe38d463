package dev.netgen.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Golden;
import dev.netgen.testing.RealTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README shows the seed NAT setup as netgen graph draws it: the text tree and the Mermaid block
 * in README.md, and docs/graph-nat.svg. Each fails here once the model or the writers change
 * (regenerate the SVG with -Dnetgen.regenerate=true; the README blocks by hand, from the message).
 */
class ReadmePictureTest {
  private static final String MODEL = "fixtures/nat/model.yaml";
  private static final Path SVG = Path.of("docs/graph-nat.svg");

  @Test
  void theReadmesMermaidBlockIsWhatGraphDraws() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    var run = CliRun.run("graph", MODEL, "--format", "mermaid");
    assertThat(readme)
        .as(
            "README.md's ```mermaid block: paste the output of ./netgen graph %s --format mermaid",
            MODEL)
        .contains("```mermaid\n" + run.out() + "```\n");
  }

  @Test
  void theReadmesTreeIsWhatGraphPrints() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    var run = CliRun.run("graph", MODEL);
    assertThat(readme).contains("$ ./netgen graph " + MODEL + "\n" + run.out() + "```\n");
  }

  @Test
  void docsSvgIsWhatGraphDrawsWithGraphviz() {
    RealTool.require("dot", "graphviz");
    var run = CliRun.run("graph", MODEL, "--format", "svg");
    assertThat(run.exit()).as("%s", run).isZero();
    Golden.check(SVG, run.out(), "mvn -q test -Dtest=ReadmePictureTest");
  }
}
