package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.graph.DotWriter;
import dev.netgen.graph.Graph;
import dev.netgen.graph.GraphBuilder;
import dev.netgen.graph.Marks;
import dev.netgen.graph.MermaidWriter;
import dev.netgen.graph.SvgRenderer;
import dev.netgen.graph.TextWriter;
import dev.netgen.lint.rules.RuleRegistry;
import dev.netgen.model.Model;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `netgen graph`: the model's devices as a picture (docs/graph.md). */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description =
        "Draw a model: the LAN, each interface, bridge, tap and guest, and how they connect.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  netgen graph model.yaml                          # a tree in the terminal",
      "  netgen graph model.yaml --format svg > host.svg  # needs Graphviz's dot",
      "  netgen graph model.yaml --format mermaid --lint  # for a Markdown page, findings in red",
      "  netgen graph model.yaml --format dot | dot -Tpng > host.png"
    })
public final class GraphCommand implements Callable<Integer> {
  /** Output formats of graph. */
  public enum Format {
    text,
    dot,
    mermaid,
    svg
  }

  private final Io io;

  @Parameters(
      paramLabel = "MODEL",
      converter = NonEmptyPath.class,
      description = "the model file, or - for standard input")
  String model;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default, a tree), dot, mermaid or svg (runs Graphviz's dot)")
  Format format = Format.text;

  @Option(
      names = "--target",
      paramLabel = "TARGET",
      description = "the distribution named in the title (default: host.distro)")
  String target;

  @Option(names = "--lint", description = "mark the devices with lint findings, with the rule ids")
  boolean lint;

  public GraphCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Model loaded = io.sources().load(model, io.in());
    Optional<String> shownTarget =
        target != null || loaded.distro().isPresent()
            ? Optional.of(TargetChoice.of(target, loaded).id())
            : Optional.<String>empty();
    Marks marks = lint ? Marks.of(RuleRegistry.linter().lint(loaded)) : Marks.none();
    Graph graph = GraphBuilder.of(loaded, shownTarget, marks);
    switch (format) {
      case text -> io.out().print(TextWriter.write(graph));
      case dot -> io.out().print(DotWriter.write(graph));
      case mermaid -> io.out().print(MermaidWriter.write(graph));
      case svg -> {
        byte[] svg = new SvgRenderer(System.getenv("PATH")).render(DotWriter.write(graph));
        io.out().print(new String(svg, StandardCharsets.UTF_8));
      }
    }
    io.out().flush();
    return ExitCode.OK;
  }
}
