package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;

/** reservation-in-subnet: a guest's ip is a host address of its bridge's subnet, not the bridge's. */
public final class ReservationInSubnet implements Rule {
  @Override
  public String id() {
    return "reservation-in-subnet";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a guest NIC's ip lies in the subnet of the bridge its tap is in, and is not the bridge's own address";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        dnsmasq applies a dhcp-host reservation only when its address lies in the subnet of a
        dhcp-range it serves; an address outside is ignored and the guest gets a pool address
        instead (or none, under mac_nat, where the ebtables rules are written for the reserved
        address). The bridge's own address, the network and the broadcast address are not
        available to a guest.

        The subnet is the bridge's own when it has a fixed address, or the LAN's (upstream.subnet)
        when it has a physical port and no fixed address; with neither, the rule cannot tell and
        stays quiet.
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
                ip: 172.16.2.2
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
                ip: 172.16.1.2
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var topology = Topology.of(model);
    for (var nic : topology.guestNics()) {
      if (nic.nic().ip().isEmpty()) {
        continue;
      }
      var ip = nic.nic().ip().get();
      var bridge = topology.bridgeOf(nic.nic().tap().value().text());
      var subnet = bridge.flatMap(topology::subnetOf);
      if (subnet.isEmpty()) {
        continue;
      }
      var cidr = subnet.get();
      String name = bridge.get().name().value().text();
      String own = bridge.get().staticCidr().map(c -> c.address().toString()).orElse("");
      String hint = "choose a host address of " + cidr + (own.isEmpty() ? "" : " other than the bridge's own " + own);
      if (!cidr.contains(ip.value())) {
        sink.report(ip.at(), "ip " + ip.value() + " of " + nic.label() + " is outside subnet " + cidr + " of bridge '" + name + "'", hint);
      } else if (ip.value().toString().equals(own)) {
        sink.report(ip.at(), "ip " + ip.value() + " of " + nic.label() + " is the address of bridge '" + name + "' itself", hint);
      } else if (ip.value().equals(cidr.network()) || ip.value().equals(cidr.broadcast())) {
        String which = ip.value().equals(cidr.network()) ? "network" : "broadcast";
        sink.report(ip.at(), "ip " + ip.value() + " of " + nic.label() + " is the " + which + " address of " + cidr, hint);
      }
    }
  }
}
