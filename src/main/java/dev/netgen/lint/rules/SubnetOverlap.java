package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Address;
import dev.netgen.model.Cidr;
import dev.netgen.model.Model;
import dev.netgen.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * subnet-overlap: a bridge's subnet overlaps no other bridge's, no interface's and not the LAN's,
 * unless the bridge is bridged onto the LAN and shares its subnet exactly.
 *
 * <p>Two CIDR blocks overlap only when one contains the other, so each subnet is compared with the
 * subnets of its own block and of its enclosing blocks (at most one per prefix length the model
 * uses), found by HashMap lookup: linear in the number of subnets, where comparing all pairs would
 * be quadratic.
 */
public final class SubnetOverlap implements Rule {
  private enum Kind {
    BRIDGE,
    INTERFACE,
    UPSTREAM
  }

  /** A subnet in the model, with who declares it and where. */
  private record Net(int index, Cidr subnet, Kind kind, Position at, String label, boolean onLan) {}

  /** The first subnet of each kind declared with one exact network/prefix. */
  private static final class Block {
    final Map<Kind, Net> first = new HashMap<>();
  }

  @Override
  public String id() {
    return "subnet-overlap";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "bridge subnets overlap no other bridge's, no interface's and not upstream.subnet, unless a bridge with a physical port shares the LAN's subnet";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        The host routes by destination subnet. If a bridge's subnet overlaps another bridge's or an
        interface's, the kernel has two routes for the same addresses and sends packets for some
        guests out of the wrong interface. If a NAT bridge reuses the LAN's subnet
        (upstream.subnet), guests cannot reach LAN machines whose addresses fall inside it.

        The exception is a bridge with a physical port (an interface among its ports): it is
        bridged onto the LAN, so its guests are on the LAN's subnet by design and may share
        upstream.subnet exactly; then dhcp-range-overlaps-upstream checks that its DHCP pool and
        the LAN router's pool are apart.
        """,
        """
        version: 1
        host:
          upstream:
            subnet: 192.168.1.0/24
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 192.168.1.1/24
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """,
        """
        version: 1
        host:
          upstream:
            subnet: 192.168.1.0/24
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    List<Net> nets = nets(model);
    nets.sort(Comparator.comparing(Net::at));
    Map<Cidr, Block> blocks = new HashMap<>();
    var prefixes = new TreeSet<Integer>(); // only prefix lengths the model uses can hold a block
    for (Net net : nets) {
      blocks.computeIfAbsent(net.subnet(), k -> new Block()).first.putIfAbsent(net.kind(), net);
      prefixes.add(net.subnet().prefix());
    }
    Set<Long> reported = new HashSet<>();
    for (Net net : nets) {
      for (int prefix : prefixes.headSet(net.subnet().prefix(), true)) {
        Block block = blocks.get(new Cidr(net.subnet().address(), prefix).subnet());
        if (block != null) {
          for (Net other : block.first.values()) {
            if (conflict(net, other) && reported.add(pairKey(net, other))) {
              report(net, other, sink);
            }
          }
        }
      }
    }
  }

  private static List<Net> nets(Model model) {
    var topology = Topology.of(model);
    var nets = new ArrayList<Net>();
    for (var bridge : model.bridges().values()) {
      if (bridge.address().value() instanceof Address.Static s) {
        boolean onLan = !topology.physicalPorts(bridge).isEmpty();
        nets.add(new Net(nets.size(), s.cidr().subnet(), Kind.BRIDGE, bridge.address().at(), "bridge '" + bridge.name().value() + "'", onLan));
      }
    }
    for (var iface : model.interfaces().values()) {
      if (iface.address().value() instanceof Address.Static s) {
        nets.add(new Net(nets.size(), s.cidr().subnet(), Kind.INTERFACE, iface.address().at(), "interface '" + iface.name().value() + "'", false));
      }
    }
    model.host().upstream().ifPresent(u -> nets.add(new Net(nets.size(), u.subnet().value(), Kind.UPSTREAM, u.subnet().at(), "upstream.subnet", false)));
    return nets;
  }

  private static boolean conflict(Net a, Net b) {
    if (a.index() == b.index() || (a.kind() != Kind.BRIDGE && b.kind() != Kind.BRIDGE)) {
      return false;
    }
    return !(sharesLan(a, b) || sharesLan(b, a));
  }

  /** The exception: a bridge bridged onto the LAN with exactly the LAN's subnet. */
  private static boolean sharesLan(Net bridge, Net upstream) {
    return bridge.onLan() && upstream.kind() == Kind.UPSTREAM && bridge.subnet().equals(upstream.subnet());
  }

  private static long pairKey(Net a, Net b) {
    return ((long) Math.min(a.index(), b.index()) << 32) | Math.max(a.index(), b.index());
  }

  private static void report(Net a, Net b, DiagnosticSink sink) {
    Net first = a.at().compareTo(b.at()) <= 0 ? a : b;
    Net later = first == a ? b : a;
    String hint =
        (later.onLan() && first.kind() == Kind.UPSTREAM) || (first.onLan() && later.kind() == Kind.UPSTREAM)
            ? "a bridge with a physical port is on the LAN: give it the LAN's own subnet " + (first.kind() == Kind.UPSTREAM ? first : later).subnet() + ", with the same prefix"
            : "give each bridge a subnet of its own that no interface or the LAN uses, e.g. another /24 in 172.16.0.0/12 or 10.0.0.0/8";
    sink.report(
        later.at(),
        "subnet " + later.subnet() + " of " + later.label() + " overlaps " + first.subnet() + " of " + first.label() + " (" + Topology.line(first.at()) + ")",
        hint);
  }
}
