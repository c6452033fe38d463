package dev.netgen.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.testing.RealTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgRendererTest {
  @Test
  void withoutDotOnThePathItSaysHowToGetItWithExit2(@TempDir Path empty) {
    assertThatThrownBy(() -> new SvgRenderer(empty.toString()).render("digraph x {}"))
        .isInstanceOfSatisfying(
            NetgenException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessageContaining("apt-get install graphviz")
        .hasMessageContaining("--format dot");
  }

  @Test
  void withDotItReturnsTheSvgDotDraws() {
    Path dot = RealTool.require("dot", "graphviz");
    byte[] svg = new SvgRenderer(dot.getParent().toString()).render("digraph x { a -> b }");
    assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<svg", "<title>a</title>");
  }

  @Test
  void aDotFailureIsExit2WithDotsMessage() {
    Path dot = RealTool.require("dot", "graphviz");
    assertThatThrownBy(() -> new SvgRenderer(dot.getParent().toString()).render("digraph {"))
        .isInstanceOfSatisfying(
            NetgenException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
        .hasMessageStartingWith("dot failed (exit 1)");
  }
}
