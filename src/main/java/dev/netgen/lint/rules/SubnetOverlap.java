package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Cidr;
import dev.netgen.model.Model;
import dev.netgen.model.Position;
import dev.netgen.model.Wiring;
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
public final class SubnetOverlap extends Rule {
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

  private static final String OVERLAPS =
      "subnet {{subnet}} of {{owner}} overlaps {{firstSubnet}} of {{first}} (line {{line}})";

  public SubnetOverlap() {
    super(
        "subnet-overlap",
        Rule.Kind.ADVICE,
        Severity.ERROR,
        "bridge subnets overlap no other bridge's, no interface's and not upstream.subnet, unless a bridge with a physical port shares the"
            + " LAN's subnet",
        new Message(
            "overlaps",
            OVERLAPS,
            "give each bridge a subnet of its own that no interface or the LAN uses, e.g. another /24 in 172.16.0.0/12 or 10.0.0.0/8"),
        new Message(
            "bridged-onto-lan",
            OVERLAPS,
            "a bridge with a physical port is on the LAN: give it the LAN's own subnet {{lan}}, with the same prefix"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    List<Net> nets = nets(model, wiring);
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
              report(net, other, reporter);
            }
          }
        }
      }
    }
  }

  private static List<Net> nets(Model model, Wiring wiring) {
    var nets = new ArrayList<Net>();
    for (var bridge : model.bridges().values()) {
      if (bridge.address().value() instanceof Address.Static s) {
        boolean onLan = !wiring.interfacePorts(bridge).isEmpty();
        nets.add(
            new Net(
                nets.size(),
                s.cidr().subnet(),
                Kind.BRIDGE,
                bridge.address().at(),
                "bridge '" + bridge.name().value() + "'",
                onLan));
      }
    }
    for (var iface : model.interfaces().values()) {
      if (iface.address().value() instanceof Address.Static s) {
        nets.add(
            new Net(
                nets.size(),
                s.cidr().subnet(),
                Kind.INTERFACE,
                iface.address().at(),
                "interface '" + iface.name().value() + "'",
                false));
      }
    }
    model
        .host()
        .upstream()
        .ifPresent(
            u ->
                nets.add(
                    new Net(
                        nets.size(),
                        u.subnet().value(),
                        Kind.UPSTREAM,
                        u.subnet().at(),
                        "upstream.subnet",
                        false)));
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
    return bridge.onLan()
        && upstream.kind() == Kind.UPSTREAM
        && bridge.subnet().equals(upstream.subnet());
  }

  private static long pairKey(Net a, Net b) {
    return ((long) Math.min(a.index(), b.index()) << 32) | Math.max(a.index(), b.index());
  }

  private static void report(Net a, Net b, Reporter reporter) {
    boolean aFirst = a.at().compareTo(b.at()) <= 0;
    Net first = aFirst ? a : b;
    Net later = aFirst ? b : a;
    boolean onLan =
        (later.onLan() && first.kind() == Kind.UPSTREAM)
            || (first.onLan() && later.kind() == Kind.UPSTREAM);
    reporter.report(
        later.at(),
        onLan ? "bridged-onto-lan" : "overlaps",
        Map.of(
            "subnet", later.subnet(),
            "owner", later.label(),
            "firstSubnet", first.subnet(),
            "first", first.label(),
            "line", first.at().line(),
            "lan", (first.kind() == Kind.UPSTREAM ? first : later).subnet()));
  }
}
