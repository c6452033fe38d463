package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.diag.Suggest;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Bridge;
import dev.netgen.model.Model;
import dev.netgen.model.Uplink;

/**
 * nat-uplink-valid: nat leaves through a declared interface outside the bridge; mac_nat acts on a
 * declared interface that is one of the bridge's ports.
 */
public final class NatUplinkValid implements Rule {
  @Override
  public String id() {
    return "nat-uplink-valid";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a nat uplink is a declared interface that is not a port of the NATed bridge; a mac_nat uplink is a declared interface that is a port of its bridge";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        nat routes the bridge's subnet to another network and masquerades it there (iptables
        -o UPLINK -j MASQUERADE): the uplink must be an interface outside the bridge. A port of
        the bridge is inside it; routing out of it never happens.

        mac_nat is the opposite: ebtables rewrites MACs on frames that cross one bridge port, the
        one that faces the access point, so the uplink must be a port of that very bridge. The seed
        article writes its rules with -o br0 and -i br0: ebtables' -i/-o match bridge ports, and
        the bridge itself never matches, so those rules do nothing. Name the port (wlan0).
        """,
        """
        version: 1
        interfaces:
          wlan0:
            type: wireless
            address: none
            four_addr: true
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [wlan0, tap0]
            address: dhcp
            mac_nat:
              uplink: br0
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
                ip: 192.168.1.50
        """,
        """
        version: 1
        interfaces:
          wlan0:
            type: wireless
            address: none
            four_addr: true
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [wlan0, tap0]
            address: dhcp
            mac_nat:
              uplink: wlan0
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
                ip: 192.168.1.50
        """);
  }

  @Override
  public void check(Model model, Topology topology, DiagnosticSink sink) {
    for (Bridge bridge : model.bridges().values()) {
      bridge.nat().ifPresent(nat -> checkNat(model, topology, bridge, nat, sink));
      bridge.macNat().ifPresent(macNat -> checkMacNat(model, topology, bridge, macNat, sink));
    }
  }

  private static void checkNat(Model model, Topology topology, Bridge bridge, Uplink nat, DiagnosticSink sink) {
    var uplink = nat.uplink();
    String name = uplink.value().text();
    String br = bridge.name().value().text();
    if (!declaredInterface(model, topology, bridge, "nat", uplink.value().text(), uplink.at(), sink)) {
      return;
    }
    if (bridge.ports().stream().anyMatch(p -> p.value().text().equals(name))) {
      sink.report(
          uplink.at(),
          "nat uplink '" + name + "' is a port of bridge '" + br + "' itself; NAT routes out of the bridge, not through it",
          "take " + name + " out of " + br + "'s ports, or use mac_nat to share a port's MAC instead");
    }
  }

  private static void checkMacNat(Model model, Topology topology, Bridge bridge, Uplink macNat, DiagnosticSink sink) {
    var uplink = macNat.uplink();
    String name = uplink.value().text();
    String br = bridge.name().value().text();
    if (!declaredInterface(model, topology, bridge, "mac_nat", name, uplink.at(), sink)) {
      return;
    }
    if (bridge.ports().stream().noneMatch(p -> p.value().text().equals(name))) {
      sink.report(
          uplink.at(),
          "mac_nat uplink '" + name + "' is not a port of bridge '" + br + "'; ebtables rewrites MACs on frames crossing one of its ports",
          "add " + name + " to " + br + "'s ports (with four_addr: true if it is wireless)");
    }
  }

  /** Reports and returns false when the uplink is not a declared interface. */
  private static boolean declaredInterface(
      Model model, Topology topology, Bridge bridge, String what, String name, dev.netgen.model.Position at, DiagnosticSink sink) {
    if (model.interfaces().containsKey(name)) {
      return true;
    }
    String br = bridge.name().value().text();
    String portHint = what.equals("mac_nat") ? "name the port that faces the access point, e.g. wlan0" : "name the interface the host reaches the outside through, e.g. wlan0 or eth0";
    if (name.equals(br)) {
      String why =
          what.equals("mac_nat")
              ? "; ebtables -i/-o match bridge ports, so a rule on the bridge never matches"
              : "; NAT needs a second network to route to";
      sink.report(at, what + " uplink of bridge '" + br + "' is the bridge itself" + why, portHint);
      return false;
    }
    String kind = topology.kindOf(name).map(k -> "a " + k + ", not an interface").orElse("not a declared interface");
    String suggestion = Suggest.closest(name, model.interfaces().keySet()).map(s -> "did you mean '" + s + "'? ").orElse("");
    sink.report(at, what + " uplink '" + name + "' of bridge '" + br + "' is " + kind, suggestion + portHint);
    return false;
  }
}
