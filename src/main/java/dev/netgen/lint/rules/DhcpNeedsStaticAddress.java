package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Model;

/** dhcp-needs-static-address: dnsmasq serves a bridge only from a fixed address. */
public final class DhcpNeedsStaticAddress implements Rule {
  @Override
  public String id() {
    return "dhcp-needs-static-address";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a bridge with dhcp_server has a fixed CIDR address";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        dnsmasq hands out addresses from a dhcp-range only on an interface that has an address in
        that range's subnet; that address is also the guests' default router and DNS server. A
        bridge with address none has no subnet to serve, and one with address dhcp would run a
        DHCP client and a DHCP server on the same link, with a subnet that can change at every
        lease.
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: dhcp
            dhcp_server:
              range: [172.16.1.10, 172.16.1.100]
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
            address: 172.16.1.1/24
            dhcp_server:
              range: [172.16.1.10, 172.16.1.100]
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
      if (bridge.dhcpServer().isPresent() && !(address.value() instanceof Address.Static)) {
        String what = address.value() instanceof Address.Dhcp ? "its address is dhcp" : "it has no address";
        sink.report(
            address.at(),
            "bridge '" + bridge.name().value() + "' serves DHCP but " + what + "; dnsmasq needs a fixed address on the bridge it serves",
            "give " + bridge.name().value() + " a CIDR address in the DHCP range's subnet, e.g. 172.16.1.1/24: it becomes the guests' router");
      }
    }
  }
}
