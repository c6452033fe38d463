package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Model;

/** nat-needs-static-address: the masqueraded subnet and the guests' router come from the bridge's own address. */
public final class NatNeedsStaticAddress implements Rule {
  @Override
  public String id() {
    return "nat-needs-static-address";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a bridge with nat has a fixed CIDR address";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        The NAT rules masquerade the bridge's subnet (`-s 172.16.1.0/24 ! -d 172.16.1.0/24 -o
        wlan0 -j MASQUERADE`) and accept forwarding for it, and the guests route through the
        bridge's own address. A bridge with address none has no subnet to name, and one with
        address dhcp gets a subnet only at run time, which a rule written at render time cannot
        know. render refuses such a model; this rule says so before anything is written.
        """,
        """
        version: 1
        interfaces:
          wlan0:
            type: wireless
            address: dhcp
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: none
            nat:
              uplink: wlan0
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """,
        """
        version: 1
        interfaces:
          wlan0:
            type: wireless
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
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    for (var bridge : model.bridges().values()) {
      var address = bridge.address();
      if (bridge.nat().isPresent() && !(address.value() instanceof Address.Static)) {
        String what = address.value() instanceof Address.Dhcp ? "its address is dhcp" : "it has no address";
        sink.report(
            address.at(),
            "bridge '" + bridge.name().value() + "' has nat but " + what + ", so there is no subnet to masquerade",
            "give " + bridge.name().value() + " a CIDR address, e.g. 172.16.1.1/24: its subnet is masqueraded and it becomes the guests' router");
      }
    }
  }
}
