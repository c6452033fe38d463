package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;

/** nat-needs-forwarding: NAT with IPv4 forwarding explicitly off. */
public final class NatNeedsForwarding implements Rule {
  @Override
  public String id() {
    return "nat-needs-forwarding";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "forwarding.ipv4 is not false when a bridge has nat";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        NAT is routing: the host forwards the guests' packets from the bridge to the uplink and
        masquerades them there. With net.ipv4.ip_forward = 0 the kernel drops them, and the
        guests reach the host but nothing beyond it, which is where the seed article's guests
        were before it turned forwarding on. forwarding.ipv4 defaults to true when a bridge has
        nat; writing false is a contradiction.
        """,
        """
        version: 1
        interfaces:
          wlan0:
            address: dhcp
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
            nat:
              uplink: wlan0
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        forwarding:
          ipv4: false
        """,
        """
        version: 1
        interfaces:
          wlan0:
            address: dhcp
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
            nat:
              uplink: wlan0
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
    if (ipv4.isEmpty() || ipv4.get().value()) {
      return;
    }
    model.bridges().values().stream()
        .filter(b -> b.nat().isPresent())
        .findFirst()
        .ifPresent(
            bridge ->
                sink.report(
                    ipv4.get().at(),
                    "forwarding.ipv4 is false, but bridge '" + bridge.name().value() + "' (" + Topology.line(bridge.name().at())
                        + ") has nat: the host would drop the guests' packets instead of routing them",
                    "write ipv4: true, or leave forwarding out (it defaults to true with nat)"));
  }
}
