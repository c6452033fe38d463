package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;

/** guest-tap-bridged: a guest's tap is in some bridge. */
public final class GuestTapBridged implements Rule {
  @Override
  public String id() {
    return "guest-tap-bridged";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "every tap a guest NIC uses is a port of some bridge";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        A tap in no bridge connects the guest to the host alone: no DHCP from dnsmasq on a bridge,
        no LAN, no NAT. That can be meant (a point-to-point link configured by hand), hence a
        warning, but usually the tap was forgotten in the bridge's ports.
        """,
        """
        version: 1
        taps:
          tap0: {}
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var topology = Topology.of(model);
    for (var nic : topology.guestNics()) {
      var tap = nic.nic().tap();
      String name = tap.value().text();
      if (model.taps().containsKey(name) && topology.bridgeOf(name).isEmpty()) {
        sink.report(
            tap.at(),
            "tap '" + name + "' of " + nic.label() + " is in no bridge: the guest can reach the host only",
            "add " + name + " to the ports of the bridge the guest belongs on");
      }
    }
  }
}
