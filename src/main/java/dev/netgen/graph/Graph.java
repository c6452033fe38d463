package dev.netgen.graph;

import java.util.List;

/**
 * A model as a picture, before any drawing language: the host's devices and the LAN as nodes, the
 * links between them as edges, in the order the model writes them. Every writer (dot, Mermaid,
 * text) draws this and nothing else, so they show the same facts.
 *
 * @param title what the picture shows: the host's name (or the model's file) and the target
 * @param titleFindings rule ids of findings that belong to no device (forwarding, outputs, lint)
 * @param nodes the LAN first, then the host's devices and guests
 * @param edges each from the end nearer the LAN to the end nearer the guests
 */
public record Graph(String title, List<String> titleFindings, List<Node> nodes, List<Edge> edges) {
  public Graph {
    titleFindings = List.copyOf(titleFindings);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** A device, a guest or the LAN: its first line is its name, the others what it is and does. */
  public record Node(String id, Kind kind, List<String> lines, List<String> findings) {
    public Node {
      lines = List.copyOf(lines);
      findings = List.copyOf(findings);
    }

    public String name() {
      return lines.get(0);
    }

    /** Outside the host: only the LAN. */
    public boolean inHost() {
      return kind != Kind.LAN;
    }
  }

  /** What a node is; each writer gives each kind its shape. */
  public enum Kind {
    LAN,
    ETHERNET,
    WIRELESS,
    BRIDGE,
    TAP,
    GUEST,
    /** A name a bridge or a guest NIC uses that the model does not declare (lint says so). */
    UNDECLARED
  }

  /** A link between two nodes, from the end nearer the LAN; the label may be empty. */
  public record Edge(String from, String to, EdgeKind kind, String label) {}

  /** What an edge is; each writer gives each kind its line style. */
  public enum EdgeKind {
    /** An interface on the LAN. */
    LINK,
    /** A device enslaved to a bridge. */
    PORT,
    /** A bridge's traffic masqueraded out of an uplink. */
    NAT,
    /** A guest NIC on its tap. */
    NIC,
    /** A port forwarded from the LAN to a guest. */
    FORWARD
  }
}
