package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;

/** reservation-outside-pool: a guest's reserved ip is not also in the dynamic pool. */
public final class ReservationOutsidePool implements Rule {
  @Override
  public String id() {
    return "reservation-outside-pool";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a guest NIC's reserved ip lies outside its bridge's dynamic DHCP pool";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        dnsmasq does not lease an address named in a dhcp-host line to another client, so a
        reservation inside the dynamic pool is not a conflict by itself, which is why this is a
        warning. The risk is narrower and real: an address leased dynamically before the
        reservation existed (dnsmasq keeps leases across restarts in its lease file) stays with
        that other client until its lease expires; meanwhile dnsmasq logs "not using configured
        address ... because it is leased to ..." and gives the reserved guest some other address,
        which under mac_nat or in firewall rules is the wrong one. Each reservation inside the pool
        also silently makes the pool one address smaller. The seed article reserves 172.16.1.2
        inside its own pool 172.16.1.2-100; start the pool after the reservations instead.
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
              range: [172.16.1.2, 172.16.1.100]
        guests:
          win7:
            nics:
              - tap: tap0
                mac: 52:54:00:21:cf:02
                ip: 172.16.1.2
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
          win7:
            nics:
              - tap: tap0
                mac: 52:54:00:21:cf:02
                ip: 172.16.1.2
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var topology = Topology.of(model);
    for (var nic : topology.guestNics()) {
      var ip = nic.nic().ip();
      var pool = topology.bridgeOf(nic.nic().tap().value().text()).flatMap(b -> b.dhcpServer()).map(d -> d.range());
      if (ip.isPresent() && pool.isPresent() && pool.get().contains(ip.get().value())) {
        var range = pool.get();
        sink.report(
            ip.get().at(),
            "ip " + ip.get().value() + " of " + nic.label() + " is inside the DHCP pool " + range.start().value() + "-" + range.end().value()
                + " (" + Topology.line(range.at()) + ")",
            "reserve an address outside the pool, or start the pool after the reserved addresses");
      }
    }
  }
}
