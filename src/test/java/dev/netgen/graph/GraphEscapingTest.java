package dev.netgen.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.graph.Graph.Edge;
import dev.netgen.graph.Graph.EdgeKind;
import dev.netgen.graph.Graph.Kind;
import dev.netgen.graph.Graph.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in every label of a graph (the loader's grammars keep it out of names, but a title
 * holds the model's file name, and the writers must not rely on the loader): no text ends a dot
 * string or a Mermaid label early, adds a node or an edge, or starts a line.
 */
class GraphEscapingTest {
  private static final List<String> HOSTILE =
      List.of(
          "a\"]; pwned [label=\"x",
          "b\\\"; pwned -> n0; //",
          "c\nn99 [shape=star]",
          "d\\n\\l\\N\\G",
          "e\"|pwned|\" n0 --> pwned",
          "f<br/><img src=x onerror=alert(1)>",
          "g#quot;#35; %% end",
          "h]] (( {{ }} [/ /] ]) ",
          "i\u202e\u2028\u0007`x`",
          "j&amp; &#60;");

  @TempDir Path tmp;

  /** A graph with every kind of node and edge, each label one of the hostile strings. */
  private static Graph hostileGraph() {
    var nodes = new ArrayList<Node>();
    var edges = new ArrayList<Edge>();
    Kind[] kinds = Kind.values();
    for (int i = 0; i < HOSTILE.size(); i++) {
      nodes.add(
          new Node(
              "n" + i,
              kinds[i % kinds.length],
              List.of(HOSTILE.get(i), HOSTILE.get((i + 1) % HOSTILE.size())),
              i % 3 == 0 ? List.of(HOSTILE.get(i)) : List.of()));
    }
    EdgeKind[] edgeKinds = EdgeKind.values();
    for (int i = 1; i < HOSTILE.size(); i++) {
      edges.add(new Edge("n0", "n" + i, edgeKinds[i % edgeKinds.length], HOSTILE.get(i)));
    }
    return new Graph(HOSTILE.get(0), List.of(HOSTILE.get(2)), nodes, edges);
  }

  @Test
  void graphvizSeesExactlyTheNodesAndEdgesOfTheGraph() {
    Graph graph = hostileGraph();
    String svg = GraphGoldenTest.assertDotReads(DotWriter.write(graph), tmp);
    assertThat(count(svg, "class=\"node\"")).isEqualTo(graph.nodes().size());
    assertThat(count(svg, "class=\"edge\"")).isEqualTo(graph.edges().size());
    assertThat(svg).doesNotContain("<title>pwned</title>", "<title>n99</title>");
    // every line of the dot text is one the writer makes
    for (String line : DotWriter.write(graph).split("\n", -1)) {
      assertThat(line)
          .matches(
              "|digraph netgen \\{|\\}|  \\}|  (graph|node|edge) \\[.*\\];|  subgraph cluster_host \\{"
                  + "|    label=\".*\";?|    (color|fontcolor|penwidth)=.*;|\\s+n\\d+ \\[label=\".*\", .*\\];"
                  + "|  n\\d+ -> n\\d+ \\[.*\\];");
    }
  }

  /** A Mermaid label: plain characters and entity codes, lines joined by the writer's break. */
  private static final String LABEL = "\"(?:[A-Za-z0-9 .,:/_()-]|#\\d+;|<br/>)*\"";

  private static final Pattern MERMAID_LINE =
      Pattern.compile(
          "flowchart TB"
              + "|  subgraph host \\["
              + LABEL
              + "\\]"
              + "|  end"
              + "|\\s+n\\d+(?:\\(\\[|\\[/|\\[\\[|\\(|\\{\\{|\\[)"
              + LABEL
              + "(?:\\]\\)|/\\]|\\]\\]|\\)|\\}\\}|\\])"
              + "|  n\\d+ (?:---|-\\.-|==>)(?:\\|"
              + LABEL
              + "\\|)? n\\d+"
              + "|  classDef lint [a-z:#0-9,-]+"
              + "|  class n\\d+(?:,n\\d+)* lint"
              + "|  style host [a-z:#0-9,-]+");

  @Test
  void everyMermaidLineHasTheWritersShapeAndLabelsOnlyPlainTextOrEntities() {
    String mermaid = MermaidWriter.write(hostileGraph());
    String[] lines = mermaid.split("\n");
    assertThat(lines).hasSize(1 + 1 + 10 + 1 + 9 + 3);
    for (String line : lines) {
      assertThat(MERMAID_LINE.matcher(line).matches()).as("line %s", line).isTrue();
    }
    assertThat(mermaid).contains("a#34;#93;#59; pwned #91;label#61;#34;x");
  }

  @Test
  void theTextTreeShowsNoControlCharacter() {
    String tree = TextWriter.write(hostileGraph());
    assertThat(tree.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    assertThat(tree).doesNotContain("\u202e", "\u2028").contains("c\\u000an99 [shape=star]");
    assertThat(tree.lines().count()).as("%s", tree).isEqualTo(1 + HOSTILE.size());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
