package dev.netgen.graph;

import dev.netgen.graph.Graph.Edge;
import dev.netgen.graph.Graph.Node;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A graph as a Mermaid flowchart, which GitHub draws from a ```mermaid block in Markdown: the LAN
 * above a subgraph that is the host, a shape per kind of node, devices with lint findings red with
 * the rule ids. Ids are generated and every label is quoted and escaped by {@link
 * Text#forMermaidLabel}; the writer's own line breaks are the only markup.
 */
public final class MermaidWriter {
  private static final String BREAK = "<br/>";

  private MermaidWriter() {}

  public static String write(Graph graph) {
    var out = new StringBuilder("flowchart TB\n");
    graph.nodes().stream().filter(n -> !n.inHost()).forEach(n -> node(n, "  ", out));
    out.append("  subgraph host [")
        .append(label(List.of(graph.title()), graph.titleFindings()))
        .append("]\n");
    graph.nodes().stream().filter(Node::inHost).forEach(n -> node(n, "    ", out));
    out.append("  end\n");
    graph.edges().forEach(e -> edge(e, out));
    var marked = graph.nodes().stream().filter(n -> !n.findings().isEmpty()).map(Node::id).toList();
    if (!marked.isEmpty() || !graph.titleFindings().isEmpty()) {
      out.append("  classDef lint stroke:#cc0000,stroke-width:3px,color:#cc0000\n");
    }
    if (!marked.isEmpty()) {
      out.append("  class ").append(String.join(",", marked)).append(" lint\n");
    }
    if (!graph.titleFindings().isEmpty()) {
      out.append("  style host stroke:#cc0000,stroke-width:3px,color:#cc0000\n");
    }
    return out.toString();
  }

  private static void node(Node node, String indent, StringBuilder out) {
    String label = label(node.lines(), node.findings());
    String shaped =
        switch (node.kind()) {
          case LAN -> "([" + label + "])";
          case ETHERNET, UNDECLARED -> "[" + label + "]";
          case WIRELESS -> "[/" + label + "/]";
          case BRIDGE -> "[[" + label + "]]";
          case TAP -> "(" + label + ")";
          case GUEST -> "{{" + label + "}}";
        };
    out.append(indent).append(node.id()).append(shaped).append('\n');
  }

  private static void edge(Edge edge, StringBuilder out) {
    String arrow =
        switch (edge.kind()) {
          case LINK, PORT, NIC -> "---";
          case NAT -> "-.-";
          case FORWARD -> "==>";
        };
    out.append("  ").append(edge.from()).append(' ').append(arrow);
    if (!edge.label().isEmpty()) {
      out.append("|\"").append(Text.forMermaidLabel(edge.label())).append("\"|");
    }
    out.append(' ').append(edge.to()).append('\n');
  }

  /** The lines as one quoted label, a line "lint: ids" last when there are findings. */
  private static String label(List<String> lines, List<String> findings) {
    var all = new ArrayList<>(lines);
    if (!findings.isEmpty()) {
      all.add("lint: " + String.join(", ", findings));
    }
    var escaped = all.stream().map(Text::forMermaidLabel).toList();
    return "\"" + String.join(BREAK, escaped) + "\"";
  }
}
