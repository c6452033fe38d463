package dev.netgen.graph;

import dev.netgen.graph.Graph.Edge;
import dev.netgen.graph.Graph.Node;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A graph as a tree for the terminal, as tree(1) draws folders: the LAN at the top, under each node
 * what hangs off it (an interface's bridge, a bridge's taps, a tap's guests), each edge's label in
 * brackets before the node it leads to. A node reached a second time (a guest with two NICs) is
 * named again with "(see above)" instead of its subtree.
 */
public final class TextWriter {
  private final Graph graph;
  private final Map<String, Node> byId = new HashMap<>();
  private final Map<String, List<Edge>> below = new HashMap<>();
  private final Set<String> shown = new HashSet<>();
  private final StringBuilder out = new StringBuilder();

  private TextWriter(Graph graph) {
    this.graph = graph;
    graph.nodes().forEach(n -> byId.put(n.id(), n));
    graph.edges().forEach(e -> below.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e));
  }

  public static String write(Graph graph) {
    return new TextWriter(graph).tree();
  }

  private String tree() {
    out.append(Text.forTerminal(graph.title())).append(marks(graph.titleFindings())).append('\n');
    var reached = new HashSet<String>();
    graph.edges().forEach(e -> reached.add(e.to()));
    for (Node node : graph.nodes()) {
      if (!reached.contains(node.id()) && !shown.contains(node.id())) {
        visit(node, "", "", "");
      }
    }
    // whatever only a cycle reaches (two bridges each a port of the other)
    for (Node node : graph.nodes()) {
      if (!shown.contains(node.id())) {
        visit(node, "", "", "");
      }
    }
    return out.toString();
  }

  private void visit(Node node, String lead, String childLead, String edgeLabel) {
    out.append(lead);
    if (!edgeLabel.isEmpty()) {
      out.append('[').append(Text.forTerminal(edgeLabel)).append("] ");
    }
    out.append(Text.forTerminal(describe(node)));
    if (!shown.add(node.id())) {
      out.append(" (see above)\n");
      return;
    }
    out.append(marks(node.findings())).append('\n');
    List<Edge> children = below.getOrDefault(node.id(), List.of());
    for (int i = 0; i < children.size(); i++) {
      boolean last = i == children.size() - 1;
      Edge edge = children.get(i);
      visit(
          byId.get(edge.to()),
          childLead + (last ? "└── " : "├── "),
          childLead + (last ? "    " : "│   "),
          edge.label());
    }
  }

  /** "br0: bridge, 172.16.1.1/24, NAT out of wlan0". */
  private static String describe(Node node) {
    var lines = node.lines();
    return lines.size() == 1
        ? lines.get(0)
        : lines.get(0) + ": " + String.join(", ", lines.subList(1, lines.size()));
  }

  private static String marks(List<String> findings) {
    return findings.isEmpty() ? "" : Text.forTerminal("  <-- lint: " + String.join(", ", findings));
  }
}
