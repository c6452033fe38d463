package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import java.util.stream.Collectors;

/** forwarding-without-nat: routing on, but nothing masqueraded. */
public final class ForwardingWithoutNat implements Rule {
  @Override
  public String id() {
    return "forwarding-without-nat";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "forwarding.ipv4 is on only together with nat, or the LAN router knows a route to the guests";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        With forwarding on and no nat, the host routes the guests' packets out unchanged, with
        their own source addresses from the bridge's subnet. Replies come back only if the LAN
        router has a route for that subnet via this host; without it the guests' traffic goes out
        and nothing returns. The seed article notes exactly this: other machines need "another
        routing entry" to reach the guests.

        A warning: a routed setup with that route on the router is valid. If the guests are
        bridged onto the LAN instead, the host forwards nothing at the IP level and forwarding can
        go; if they should reach the outside through the host's address, add nat.
        """,
        """
        version: 1
        interfaces:
          eth0:
            address: dhcp
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
        forwarding:
          ipv4: true
        """,
        """
        version: 1
        interfaces:
          eth0:
            address: dhcp
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
            nat:
              uplink: eth0
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        forwarding:
          ipv4: true
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var ipv4 = model.forwarding().ipv4();
    if (ipv4.isEmpty() || !ipv4.get().value() || model.anyNat()) {
      return;
    }
    String subnets =
        model.bridges().values().stream()
            .flatMap(b -> b.staticCidr().stream())
            .map(c -> c.subnet().toString())
            .collect(Collectors.joining(", "));
    sink.report(
        ipv4.get().at(),
        "IPv4 forwarding is on but no bridge has nat: the guests' replies come back only if the LAN router has a route to "
            + (subnets.isEmpty() ? "their subnet" : subnets) + " via this host",
        "add nat: {uplink: ...} to the guests' bridge, or add that route on the LAN router; bridged guests need no forwarding");
  }
}
