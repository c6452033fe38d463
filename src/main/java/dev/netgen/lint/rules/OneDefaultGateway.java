package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Address;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import java.util.Optional;

/**
 * one-default-gateway: a host has one way out, so the model has one gateway. A warning, not an
 * error: netifrc copes (each interface's routes get a metric of their own), ifupdown does not.
 */
public final class OneDefaultGateway implements Rule {
  @Override
  public String id() {
    return "one-default-gateway";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "at most one interface or bridge has a gateway: each gateway is a default route";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        Every gateway in the model becomes a default route of the host (`gateway` in ifupdown,
        `routes_IF="default via ..."` in netifrc), and the model has no metric to choose between
        them. ifupdown runs `ip route add default`, which refuses a second default route of the
        same metric with "RTNETLINK answers: File exists"; measured with ifup in a namespace,
        the second interface then keeps its address but "ifup: failed to bring up" it, it is
        not recorded as up, and `ifdown -a` leaves it alone. netifrc appends each route with a
        metric from the interface's index, so both routes are installed and the interface that
        happens to have the lower index takes all traffic out. Keep the gateway on the
        interface that leads to the internet; the other subnets are reached directly.
        """,
        """
        version: 1
        interfaces:
          eth0:
            address: 192.168.1.5/24
            gateway: 192.168.1.1
          eth1:
            address: 10.0.0.5/24
            gateway: 10.0.0.1
        """,
        """
        version: 1
        interfaces:
          eth0:
            address: 192.168.1.5/24
            gateway: 192.168.1.1
          eth1:
            address: 10.0.0.5/24
        """);
  }

  @Override
  public void check(Model model, Topology topology, DiagnosticSink sink) {
    // one key for every gateway: the second and later are the findings
    var gateways = new Occurrences<String, Gateway>();
    for (var iface : model.interfaces().values()) {
      if (topology.bridgeOf(iface.name().value().text()).isEmpty()) { // a port's gateway is port-has-no-address's
        add(gateways, iface.address(), iface.gateway(), "interface '" + iface.name().value() + "'");
      }
    }
    for (var bridge : model.bridges().values()) {
      add(gateways, bridge.address(), bridge.gateway(), "bridge '" + bridge.name().value() + "'");
    }
    gateways.forEachRepeat(
        (first, repeat) ->
            sink.report(
                repeat.at(),
                "gateway " + repeat.owner().address() + " of " + repeat.owner().owner() + " is a second default route: "
                    + first.owner().owner() + " has gateway " + first.owner().address() + " (" + Topology.line(first.at()) + ")",
                "keep one gateway, on the way to the internet, and remove the others: ifupdown fails to bring up "
                    + repeat.owner().owner() + ", netifrc sends all traffic out of one of them"));
  }

  private record Gateway(String owner, Ipv4 address) {}

  /**
   * Only a gateway next to a CIDR address becomes a route; one next to dhcp or none is
   * gateway-in-subnet's finding, and counting it here too would report one mistake twice.
   */
  private static void add(
      Occurrences<String, Gateway> gateways, Located<Address> address, Optional<Located<Ipv4>> gateway, String owner) {
    if (address.value() instanceof Address.Static) {
      gateway.ifPresent(gw -> gateways.add("default", gw.at(), new Gateway(owner, gw.value())));
    }
  }
}
