package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.model.Cidr;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Range;

/** dhcp-range-in-subnet: the pool is ordered, inside the bridge's subnet, and only hosts. */
public final class DhcpRangeInSubnet implements Rule {
  @Override
  public String id() {
    return "dhcp-range-in-subnet";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a DHCP range starts no later than it ends and lies in the bridge's subnet, without its network, broadcast or own address";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        dnsmasq serves a dhcp-range on the interface whose subnet contains it; a range outside the
        bridge's subnet is never served, and the guests get no address. The network address
        (.0 of a /24) and the broadcast address (.255) are not host addresses, and the bridge's
        own address must not be offered to a guest. dnsmasq silently swaps a start that is after
        the end, which hides a typo, so netgen asks for them in order.
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
              range: [172.16.1.1, 172.16.2.100]
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
      if (bridge.dhcpServer().isEmpty() || bridge.staticCidr().isEmpty()) {
        continue; // no fixed address: dhcp-needs-static-address says so
      }
      Cidr cidr = bridge.staticCidr().get();
      Range range = bridge.dhcpServer().get().range();
      String name = bridge.name().value().text();
      var start = range.start();
      var end = range.end();
      if (start.value().compareTo(end.value()) > 0) {
        sink.report(
            end.at(),
            "DHCP range of bridge '" + name + "' ends at " + end.value() + ", before its start " + start.value(),
            "write the lower address first: [" + end.value() + ", " + start.value() + "]");
        continue;
      }
      boolean inside = endInSubnet(start, cidr, name, "starts", sink) & endInSubnet(end, cidr, name, "ends", sink);
      if (!inside) {
        continue;
      }
      if (start.value().equals(cidr.network())) {
        sink.report(start.at(), "DHCP range of bridge '" + name + "' starts at the network address " + cidr.network(), "start at a host address after the bridge's own, e.g. " + next(max(cidr.network(), cidr.address())));
      }
      if (end.value().equals(cidr.broadcast())) {
        sink.report(end.at(), "DHCP range of bridge '" + name + "' ends at the broadcast address " + cidr.broadcast(), "end before it, e.g. at " + previous(cidr.broadcast()));
      }
      if (range.contains(cidr.address())) {
        sink.report(
            range.at(),
            "DHCP range of bridge '" + name + "' contains the bridge's own address " + cidr.address(),
            "start the range after " + cidr.address() + " or end it before: dnsmasq must not offer the router's address to a guest");
      }
    }
  }

  private static boolean endInSubnet(Located<Ipv4> end, Cidr cidr, String bridge, String verb, DiagnosticSink sink) {
    if (cidr.contains(end.value())) {
      return true;
    }
    sink.report(
        end.at(),
        "DHCP range of bridge '" + bridge + "' " + verb + " at " + end.value() + ", outside its subnet " + cidr.subnet(),
        "keep both ends inside " + cidr.subnet() + ", e.g. [" + next(next(cidr.network())) + ", " + previous(cidr.broadcast()) + "]");
    return false;
  }

  private static Ipv4 max(Ipv4 a, Ipv4 b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Ipv4 next(Ipv4 ip) {
    return new Ipv4(ip.bits() + 1);
  }

  private static Ipv4 previous(Ipv4 ip) {
    return new Ipv4(ip.bits() - 1);
  }
}
