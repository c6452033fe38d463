package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;
import dev.netgen.model.Range;

/** dhcp-pool-fits-guests: the dynamic pool has an address for every guest NIC that needs one. */
public final class DhcpPoolFitsGuests implements Rule {
  @Override
  public String id() {
    return "dhcp-pool-fits-guests";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a bridge's DHCP pool has at least as many addresses as the guest NICs on the bridge that draw from it";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        Each guest NIC on a bridge with dhcp_server needs an address. A NIC with an ip outside the
        pool gets its reservation and needs no pool address; a NIC without ip, or reserved inside
        the pool, takes one pool address (dnsmasq never leases a reserved address to anyone else).
        When those outnumber the pool, the guests started last get no address.

        A warning, not an error: the model cannot know that all guests run at once. But leases
        outlive guests (a stopped guest keeps its lease until it expires, 1 h by default), so a
        pool sized for "the guests that usually run" runs dry sooner than it seems.
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
              range: [172.16.1.10, 172.16.1.10]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
          vm2:
            nics:
              - tap: tap1
                mac: 52:54:00:00:00:02
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
              range: [172.16.1.10, 172.16.1.11]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
          vm2:
            nics:
              - tap: tap1
                mac: 52:54:00:00:00:02
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var topology = Topology.of(model);
    for (var bridge : model.bridges().values()) {
      if (bridge.dhcpServer().isEmpty()) {
        continue;
      }
      Range pool = bridge.dhcpServer().get().range();
      // dnsmasq swaps a reversed range (dhcp-range-in-subnet reports it), so count it either way
      long size = Math.abs(pool.end().value().unsigned() - pool.start().value().unsigned()) + 1
          - bridge.staticCidr().filter(c -> pool.contains(c.address())).map(c -> 1L).orElse(0L);
      long needing = topology.nicsOn(bridge).stream().filter(n -> n.nic().ip().map(ip -> pool.contains(ip.value())).orElse(true)).count();
      if (needing > size) {
        sink.report(
            pool.at(),
            "DHCP pool of bridge '" + bridge.name().value() + "' has " + size + (size == 1 ? " address" : " addresses") + " for " + needing
                + (needing == 1 ? " guest NIC that draws" : " guest NICs that draw") + " from it",
            "widen the range, or reserve addresses outside the pool (ip:) for some guests");
      }
    }
  }
}
