package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Address;
import dev.netgen.model.Model;

/** port-has-no-address: an interface enslaved to a bridge carries no address; the bridge does. */
public final class PortHasNoAddress implements Rule {
  @Override
  public String id() {
    return "port-has-no-address";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a bridge port has address none: the bridge carries the IP address, not its ports";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        Once a NIC is a bridge port, the bridge receives every frame that arrives on it: an address
        (or a DHCP client) on the port itself stops working, and a DHCP client there keeps the
        interface's service from starting. The address belongs on the bridge. The seed article
        gives tap0, a bridge port, a static address (config_tap0="172.16.1.2 ..."), which is the
        guest's address and belongs inside the guest; a tap in this model has no address key at
        all, and an interface in a bridge must say address: none.
        """,
        """
        version: 1
        interfaces:
          eth0:
            address: dhcp
        bridges:
          br0:
            ports: [eth0]
            address: dhcp
        """,
        """
        version: 1
        interfaces:
          eth0:
            address: none
        bridges:
          br0:
            ports: [eth0]
            address: dhcp
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var topology = Topology.of(model);
    for (var iface : model.interfaces().values()) {
      var address = iface.address();
      if (address.value() instanceof Address.None) {
        continue;
      }
      topology
          .bridgeOf(iface.name().value().text())
          .ifPresent(
              bridge -> {
                String what = address.value() instanceof Address.Static s ? "address " + s.cidr() : "address dhcp";
                sink.report(
                    address.at(),
                    "interface '" + iface.name().value() + "' has " + what + " but is a port of bridge '" + bridge.name().value() + "' ("
                        + Topology.line(bridge.name().at()) + ")",
                    "write address: none here and give the address to bridge '" + bridge.name().value() + "'");
              });
    }
  }
}
