package dev.netgen.graph;

import dev.netgen.graph.Graph.Edge;
import dev.netgen.graph.Graph.Node;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A graph in Graphviz's dot language: the LAN above a cluster that is the host, each node a shape
 * by its kind, a device with lint findings red with the rule ids. Node ids are generated (n0, n1,
 * ...) and every label is a quoted string escaped by {@link Text#forDotString}, so no name can end
 * a string or add a statement.
 */
public final class DotWriter {
  private static final String FONT = "fontname=\"Helvetica\"";
  private static final String RED = "color=\"#cc0000\", fontcolor=\"#cc0000\", penwidth=2";

  private DotWriter() {}

  public static String write(Graph graph) {
    var out = new StringBuilder();
    out.append("digraph netgen {\n");
    out.append("  graph [rankdir=TB, ").append(FONT).append(", fontsize=12];\n");
    out.append("  node [").append(FONT).append(", fontsize=10];\n");
    out.append("  edge [").append(FONT).append(", fontsize=9];\n");
    graph.nodes().stream().filter(n -> !n.inHost()).forEach(n -> node(n, "  ", out));
    out.append("  subgraph cluster_host {\n");
    out.append("    label=").append(label(List.of(graph.title()), graph.titleFindings()));
    out.append(graph.titleFindings().isEmpty() ? "" : ";\n    " + RED.replace(", ", ";\n    "));
    out.append(";\n");
    graph.nodes().stream().filter(Node::inHost).forEach(n -> node(n, "    ", out));
    out.append("  }\n");
    graph.edges().forEach(e -> edge(e, out));
    return out.append("}\n").toString();
  }

  private static void node(Node node, String indent, StringBuilder out) {
    var attributes = new ArrayList<String>();
    attributes.add("label=" + label(node.lines(), node.findings()));
    attributes.add(
        switch (node.kind()) {
          case LAN -> "shape=ellipse, style=filled, fillcolor=\"#eeeeee\"";
          case ETHERNET -> "shape=box";
          case WIRELESS -> "shape=box, peripheries=2";
          case BRIDGE -> "shape=box3d";
          case TAP -> "shape=box, style=rounded";
          case GUEST -> "shape=component";
          case UNDECLARED -> "shape=box, style=dashed";
        });
    if (!node.findings().isEmpty()) {
      attributes.add(RED);
    }
    out.append(indent).append(node.id()).append(" [").append(String.join(", ", attributes));
    out.append("];\n");
  }

  private static void edge(Edge edge, StringBuilder out) {
    var attributes = new ArrayList<String>();
    if (!edge.label().isEmpty()) {
      attributes.add("label=\"" + Text.forDotString(edge.label()) + "\"");
    }
    attributes.add(
        switch (edge.kind()) {
          case LINK, PORT, NIC -> "dir=none";
          case NAT -> "dir=back, style=dashed";
          case FORWARD -> "style=bold, color=\"#2e7d32\", fontcolor=\"#2e7d32\"";
        });
    out.append("  ").append(edge.from()).append(" -> ").append(edge.to());
    out.append(" [").append(String.join(", ", attributes)).append("];\n");
  }

  /** The lines as one quoted label, a line "lint: ids" last when there are findings. */
  private static String label(List<String> lines, List<String> findings) {
    var all = new ArrayList<>(lines);
    if (!findings.isEmpty()) {
      all.add("lint: " + String.join(", ", findings));
    }
    var out = new StringBuilder("\"");
    for (int i = 0; i < all.size(); i++) {
      out.append(i == 0 ? "" : "\\n").append(Text.forDotString(all.get(i)));
    }
    return out.append('"').toString();
  }
}
