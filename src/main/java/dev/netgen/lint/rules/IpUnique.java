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

/** ip-unique: no address given to two interfaces, bridges or guest reservations. */
public final class IpUnique implements Rule {
  @Override
  public String id() {
    return "ip-unique";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "no IPv4 address is used twice by interfaces, bridges and guest reservations";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        An address belongs to one host on a link. Two bridges with the same address give the host
        two routes to the same subnet; a guest reserved the bridge's own address gets a DHCP
        offer that conflicts with its router; dnsmasq refuses two dhcp-host lines with the same
        address ("duplicate dhcp-host IP address") and does not start.
        """,
        """
        version: 1
        taps:
          tap0: {}
          tap1: {}
        bridges:
          br0:
            ports: [tap0, tap1]
            address: 172.16.1.1/24
            dhcp_server:
              range: [172.16.1.10, 172.16.1.100]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
                ip: 172.16.1.2
          vm2:
            nics:
              - tap: tap1
                mac: 52:54:00:00:00:02
                ip: 172.16.1.2
        """,
        """
        version: 1
        taps:
          tap0: {}
          tap1: {}
        bridges:
          br0:
            ports: [tap0, tap1]
            address: 172.16.1.1/24
            dhcp_server:
              range: [172.16.1.10, 172.16.1.100]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
                ip: 172.16.1.2
          vm2:
            nics:
              - tap: tap1
                mac: 52:54:00:00:00:02
                ip: 172.16.1.3
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var addresses = new Occurrences<Ipv4, String>();
    for (var iface : model.interfaces().values()) {
      fixed(iface.address()).ifPresent(ip -> addresses.add(ip, iface.address().at(), "interface '" + iface.name().value() + "'"));
    }
    for (var bridge : model.bridges().values()) {
      fixed(bridge.address()).ifPresent(ip -> addresses.add(ip, bridge.address().at(), "bridge '" + bridge.name().value() + "'"));
    }
    for (var nic : Topology.of(model).guestNics()) {
      nic.nic().ip().ifPresent(ip -> addresses.add(ip.value(), ip.at(), nic.label()));
    }
    addresses.forEachRepeat(
        (first, repeat) ->
            sink.report(
                repeat.at(),
                "address " + repeat.key() + " of " + repeat.owner() + " is also used by " + first.owner() + " ("
                    + Topology.line(first.at()) + ")",
                "give each interface, bridge and guest reservation its own address"));
  }

  private static Optional<Ipv4> fixed(Located<Address> address) {
    return address.value() instanceof Address.Static s ? Optional.of(s.cidr().address()) : Optional.empty();
  }
}
