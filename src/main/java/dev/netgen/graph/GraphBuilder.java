package dev.netgen.graph;

import dev.netgen.graph.Graph.Edge;
import dev.netgen.graph.Graph.EdgeKind;
import dev.netgen.graph.Graph.Kind;
import dev.netgen.graph.Graph.Node;
import dev.netgen.model.Address;
import dev.netgen.model.Bridge;
import dev.netgen.model.BridgeMode;
import dev.netgen.model.DhcpServer;
import dev.netgen.model.Guest;
import dev.netgen.model.IfName;
import dev.netgen.model.Interface;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Nic;
import dev.netgen.model.PortForward;
import dev.netgen.model.Range;
import dev.netgen.model.Tap;
import dev.netgen.model.Upstream;
import dev.netgen.model.Wiring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a model into its {@link Graph}: the LAN, each interface on it, each bridge with its ports
 * (an interface port above the bridge, a tap below it) and what it runs, each guest below the taps
 * its NICs use. Lines of text are made here once, so every writer shows the same words. A new fact
 * to draw is a line of a node or one more kind of edge added here (as port forwards are: a FORWARD
 * edge from the LAN to the guest, labelled with the protocol and ports).
 */
public final class GraphBuilder {
  private final Model model;
  private final Wiring wiring;
  private final Marks marks;
  private final List<Node> nodes = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Map<String, String> idOfDevice = new HashMap<>();
  private final Set<Integer> deviceLines = new HashSet<>();
  private String lanId;

  private GraphBuilder(Model model, Marks marks) {
    this.model = model;
    this.wiring = Wiring.of(model);
    this.marks = marks;
  }

  /**
   * The model's graph; target is the distribution the picture is for, when known, and marks the
   * lint findings to show on the devices.
   */
  public static Graph of(Model model, Optional<String> target, Marks marks) {
    return new GraphBuilder(model, marks).build(target);
  }

  private Graph build(Optional<String> target) {
    String lan = lan(model.host().upstream());
    lanId = lan;
    model.interfaces().values().forEach(this::declare);
    model.bridges().values().forEach(this::declare);
    model.taps().values().forEach(this::declare);
    model
        .interfaces()
        .values()
        .forEach(i -> edge(lan, idOfDevice.get(name(i.name())), EdgeKind.LINK, ""));
    model.bridges().values().forEach(this::connect);
    model.guests().values().forEach(this::guest);
    String title =
        model.host().name().map(n -> "host " + n.value()).orElse("model " + model.source())
            + target.map(t -> " (" + t + ")").orElse("");
    return new Graph(title, marks.besides(deviceLines), nodes, edges);
  }

  private String lan(Optional<Upstream> upstream) {
    var lines = new ArrayList<String>();
    lines.add("LAN");
    var owned = new ArrayList<Located<?>>();
    if (upstream.isPresent()) {
      Upstream u = upstream.get();
      lines.add(u.subnet().value().toString());
      owned.add(u.subnet());
      u.dhcpRange()
          .ifPresent(
              r -> {
                lines.add("router pool " + range(r));
                owned.add(r.start());
                owned.add(r.end());
              });
    } else {
      lines.add("subnet not modelled");
    }
    return node(Kind.LAN, lines, owned, upstream.map(u -> u.at().line()));
  }

  private void declare(Interface i) {
    var lines = new ArrayList<String>();
    lines.add(name(i.name()));
    lines.add(
        (i.wireless() ? "wireless" : "ethernet") + (i.fourAddrOn() ? ", 4-address mode" : ""));
    lines.add(address(i.address().value()));
    i.gateway().ifPresent(g -> lines.add("gateway " + g.value()));
    i.mac().ifPresent(m -> lines.add("MAC " + m.value()));
    var owned = located(i.name(), i.type(), i.address());
    i.gateway().ifPresent(owned::add);
    i.mac().ifPresent(owned::add);
    i.fourAddr().ifPresent(owned::add);
    device(
        i.name(),
        node(i.wireless() ? Kind.WIRELESS : Kind.ETHERNET, lines, owned, Optional.empty()));
  }

  private void declare(Tap t) {
    var lines = new ArrayList<String>();
    lines.add(name(t.name()));
    String owner =
        t.owner().map(o -> " owned by " + o.value()).orElse("")
            + t.group().map(g -> (t.owner().isPresent() ? ":" : " group ") + g.value()).orElse("");
    lines.add("tap" + owner);
    t.mac().ifPresent(m -> lines.add("MAC " + m.value()));
    var owned = located(t.name());
    t.owner().ifPresent(owned::add);
    t.group().ifPresent(owned::add);
    t.mac().ifPresent(owned::add);
    device(t.name(), node(Kind.TAP, lines, owned, Optional.empty()));
  }

  private void declare(Bridge b) {
    var lines = new ArrayList<String>();
    lines.add(name(b.name()));
    lines.add("bridge, " + address(b.address().value()));
    b.gateway().ifPresent(g -> lines.add("gateway " + g.value()));
    b.dhcpServer().ifPresent(d -> lines.add(dhcp(d)));
    lines.add(mode(b));
    if (b.stpOn()) {
      lines.add("STP on");
    }
    b.mac().ifPresent(m -> lines.add("MAC " + m.value()));
    var owned = located(b.name(), b.address());
    owned.addAll(b.ports());
    b.mac().ifPresent(owned::add);
    b.gateway().ifPresent(owned::add);
    b.stp().ifPresent(owned::add);
    b.forwardDelay().ifPresent(owned::add);
    b.helloTime().ifPresent(owned::add);
    b.dhcpServer().ifPresent(d -> owned.addAll(dhcpValues(d)));
    b.nat().ifPresent(n -> owned.add(n.uplink()));
    b.macNat().ifPresent(n -> owned.add(n.uplink()));
    device(b.name(), node(Kind.BRIDGE, lines, owned, Optional.empty()));
  }

  /** The bridge's ports and its NAT uplink, each an edge. */
  private void connect(Bridge b) {
    String bridge = idOfDevice.get(name(b.name()));
    Optional<String> macNat = b.macNat().map(n -> name(n.uplink()));
    for (Located<IfName> port : b.ports()) {
      String id = deviceOrUndeclared(name(port));
      Interface iface = model.interfaces().get(name(port));
      if (iface != null) {
        String label =
            "port"
                + (iface.fourAddrOn() ? ", 4-address" : "")
                + (macNat.equals(Optional.of(name(port))) ? ", MAC NAT" : "");
        edge(id, bridge, EdgeKind.PORT, label);
      } else {
        edge(bridge, id, EdgeKind.PORT, "port");
      }
    }
    b.nat().ifPresent(n -> edge(deviceOrUndeclared(name(n.uplink())), bridge, EdgeKind.NAT, "NAT"));
  }

  private void guest(Guest g) {
    var owned = new ArrayList<Located<?>>();
    owned.add(g.name());
    for (Nic nic : g.nics()) {
      owned.addAll(located(nic.device(), nic.mac()));
      nic.model().ifPresent(owned::add);
      nic.ip().ifPresent(owned::add);
    }
    for (PortForward f : g.forwards()) {
      owned.addAll(located(f.proto(), f.port()));
      f.to().ifPresent(owned::add);
      f.from().ifPresent(owned::add);
    }
    String id =
        node(Kind.GUEST, List.of(g.name().value().toString(), "guest"), owned, Optional.empty());
    int number = 1;
    for (Nic nic : g.nics()) {
      String label =
          "NIC "
              + number++
              + ": "
              + nic.mac().value()
              + ", "
              + nic.modelOrDefault()
              + nic.ip().map(ip -> ", " + ip.value()).orElse("");
      edge(deviceOrUndeclared(name(nic.device())), id, EdgeKind.NIC, label);
    }
    for (PortForward f : g.forwards()) {
      edge(lanId, id, EdgeKind.FORWARD, forward(f));
    }
  }

  /** A port forward's label: what arrives on the host, and the guest's port it goes to. */
  private static String forward(PortForward f) {
    return f.proto().value().id()
        + " "
        + f.from().map(ip -> ip.value() + ":").orElse("")
        + f.port().value()
        + " -> "
        + f.target();
  }

  /** What the bridge does with its guests' traffic. */
  private String mode(Bridge b) {
    var mode = b.effectiveMode();
    if (mode.equals(Optional.of(BridgeMode.ROUTED))) {
      return "routed: forwarded both ways, no NAT";
    }
    if (mode.equals(Optional.of(BridgeMode.ISOLATED))) {
      return "isolated: nothing forwarded in or out";
    }
    if (b.nat().isPresent()) {
      return "NAT out of " + name(b.nat().get().uplink());
    }
    if (b.macNat().isPresent()) {
      return "MAC NAT out of " + name(b.macNat().get().uplink());
    }
    return wiring.interfacePorts(b).isEmpty() ? "host-only" : "bridged to the LAN";
  }

  private static String dhcp(DhcpServer d) {
    return "DHCP "
        + range(d.range())
        + d.lease().map(l -> ", lease " + l.value()).orElse("")
        + d.router().map(r -> ", router " + r.value()).orElse("");
  }

  private static List<Located<?>> dhcpValues(DhcpServer d) {
    var values = located(d.range().start(), d.range().end());
    d.lease().ifPresent(values::add);
    d.router().ifPresent(values::add);
    values.addAll(d.dns());
    d.domain().ifPresent(values::add);
    return values;
  }

  private static String range(Range r) {
    return r.start().value() + "-" + r.end().value();
  }

  private static String address(Address address) {
    if (address instanceof Address.Static s) {
      return s.cidr().toString();
    }
    return address instanceof Address.Dhcp ? "address by DHCP" : "no address";
  }

  private String deviceOrUndeclared(String name) {
    String id = idOfDevice.get(name);
    if (id == null) {
      id = node(Kind.UNDECLARED, List.of(name, "not declared"), List.of(), Optional.empty());
      idOfDevice.put(name, id);
    }
    return id;
  }

  private void device(Located<IfName> name, String id) {
    idOfDevice.putIfAbsent(name(name), id);
  }

  /** Adds a node with the next id; its findings are those on the lines of its values. */
  private String node(
      Kind kind, List<String> lines, List<Located<?>> owned, Optional<Integer> also) {
    var own = new ArrayList<Integer>();
    owned.forEach(l -> own.add(l.at().line()));
    also.ifPresent(own::add);
    deviceLines.addAll(own);
    String id = "n" + nodes.size();
    nodes.add(new Node(id, kind, lines, marks.on(own)));
    return id;
  }

  private void edge(String from, String to, EdgeKind kind, String label) {
    edges.add(new Edge(from, to, kind, label));
  }

  private static String name(Located<IfName> name) {
    return name.value().text();
  }

  private static List<Located<?>> located(Located<?>... values) {
    return new ArrayList<>(List.of(values));
  }
}
