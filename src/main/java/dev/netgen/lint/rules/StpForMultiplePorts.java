package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Interface;
import dev.netgen.model.Model;
import java.util.stream.Collectors;

/** stp-for-multiple-ports: a bridge joining two or more physical ports runs STP. */
public final class StpForMultiplePorts implements Rule {
  @Override
  public String id() {
    return "stp-for-multiple-ports";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a bridge with more than one physical port has stp on";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        A bridge with two physical ports forwards frames between two cables. If both cables reach
        the same LAN (two NICs plugged into the same switch, or two switches that are connected),
        broadcast frames circle forever: a broadcast storm that takes the whole LAN down. Spanning
        Tree (stp: true) finds such loops and blocks one port. Taps cannot close a loop, so
        bridges with one physical port and any number of taps need no STP.

        A warning: two ports on truly separate networks (a host joining two segments on purpose)
        do not loop. With STP on, keep forward_delay short (2 s) if the bridge takes its address
        by DHCP; see stp-delay-fits-dhcp.
        """,
        """
        version: 1
        interfaces:
          eth0: {}
          eth1: {}
        bridges:
          br0:
            ports: [eth0, eth1]
            address: 192.168.1.5/24
        """,
        """
        version: 1
        interfaces:
          eth0: {}
          eth1: {}
        bridges:
          br0:
            ports: [eth0, eth1]
            address: 192.168.1.5/24
            stp: true
            forward_delay: 2
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var topology = Topology.of(model);
    for (var bridge : model.bridges().values()) {
      var physical = topology.physicalPorts(bridge);
      if (physical.size() > 1 && !bridge.stpOn()) {
        var at = bridge.stp().map(s -> s.at()).orElse(bridge.name().at());
        String names = physical.stream().map(Interface::name).map(n -> n.value().text()).collect(Collectors.joining(", "));
        sink.report(
            at,
            "bridge '" + bridge.name().value() + "' joins " + physical.size() + " physical ports (" + names
                + ") with STP off: if they reach the same LAN, frames loop",
            "set stp: true (with forward_delay: 2), or keep one physical port in the bridge");
      }
    }
  }
}
