package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Model;
import dev.netgen.model.Range;

/** dhcp-range-overlaps-upstream: the host's DHCP pool and the LAN router's pool are apart. */
public final class DhcpRangeOverlapsUpstream implements Rule {
  @Override
  public String id() {
    return "dhcp-range-overlaps-upstream";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a bridge's DHCP pool does not overlap the LAN router's pool (upstream.dhcp_range)";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        When the guests share the LAN's subnet, two DHCP servers answer on it: the LAN router and
        dnsmasq on the host. If their pools overlap, each can hand the same address to a different
        machine, and both lose their connection whenever the other one talks. The seed article
        splits the subnet: the router keeps 192.168.1.2-49 and the host serves 192.168.1.50-99.
        upstream.dhcp_range tells netgen the router's part.
        """,
        """
        version: 1
        host:
          upstream:
            subnet: 192.168.1.0/24
            dhcp_range: [192.168.1.2, 192.168.1.49]
        interfaces:
          eth0: {}
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [eth0, tap0]
            address: 192.168.1.250/24
            dhcp_server:
              range: [192.168.1.40, 192.168.1.99]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """,
        """
        version: 1
        host:
          upstream:
            subnet: 192.168.1.0/24
            dhcp_range: [192.168.1.2, 192.168.1.49]
        interfaces:
          eth0: {}
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [eth0, tap0]
            address: 192.168.1.250/24
            dhcp_server:
              range: [192.168.1.50, 192.168.1.99]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var upstream = model.host().upstream().flatMap(u -> u.dhcpRange());
    if (upstream.isEmpty()) {
      return;
    }
    Range lan = upstream.get();
    for (var bridge : model.bridges().values()) {
      if (bridge.dhcpServer().isEmpty()) {
        continue;
      }
      Range pool = bridge.dhcpServer().get().range();
      if (!overlaps(pool, lan)) {
        continue;
      }
      var at = inside(pool.start().value(), lan) ? pool.start().at() : inside(pool.end().value(), lan) ? pool.end().at() : pool.at();
      sink.report(
          at,
          "DHCP pool " + text(pool) + " of bridge '" + bridge.name().value() + "' overlaps the LAN router's pool " + text(lan) + " ("
              + Topology.line(lan.at()) + ")",
          "split the addresses between the two servers, e.g. the router keeps " + text(lan) + " and " + bridge.name().value()
              + " serves addresses after " + high(lan));
    }
  }

  private static boolean overlaps(Range a, Range b) {
    return low(a).compareTo(high(b)) <= 0 && low(b).compareTo(high(a)) <= 0;
  }

  private static boolean inside(Ipv4 ip, Range r) {
    return low(r).compareTo(ip) <= 0 && ip.compareTo(high(r)) <= 0;
  }

  // A reversed range is dhcp-range-in-subnet's finding; here it counts as the addresses it spans.
  private static Ipv4 low(Range r) {
    return r.start().value().compareTo(r.end().value()) <= 0 ? r.start().value() : r.end().value();
  }

  private static Ipv4 high(Range r) {
    return r.start().value().compareTo(r.end().value()) <= 0 ? r.end().value() : r.start().value();
  }

  private static String text(Range r) {
    return low(r) + "-" + high(r);
  }
}
