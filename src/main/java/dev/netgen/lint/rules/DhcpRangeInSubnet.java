package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Cidr;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Range;
import dev.netgen.model.Wiring;
import java.util.Map;

/** dhcp-range-in-subnet: the pool is ordered, inside the bridge's subnet, and only hosts. */
public final class DhcpRangeInSubnet extends Rule {
  public DhcpRangeInSubnet() {
    super(
        "dhcp-range-in-subnet",
        Kind.ADVICE,
        Severity.ERROR,
        "a DHCP range starts no later than it ends and lies in the bridge's subnet, without its network, broadcast or own address",
        new Message(
            "reversed",
            "DHCP range of bridge '{{bridge}}' ends at {{end}}, before its start {{start}}",
            "write the lower address first: [{{end}}, {{start}}]"),
        new Message(
            "outside-subnet",
            "DHCP range of bridge '{{bridge}}' {{verb}} at {{address}}, outside its subnet {{subnet}}",
            "keep both ends inside {{subnet}}, e.g. [{{low}}, {{high}}]"),
        new Message(
            "starts-at-network",
            "DHCP range of bridge '{{bridge}}' starts at the network address {{network}}",
            "start at a host address after the bridge's own, e.g. {{suggestion}}"),
        new Message(
            "ends-at-broadcast",
            "DHCP range of bridge '{{bridge}}' ends at the broadcast address {{broadcast}}",
            "end before it, e.g. at {{suggestion}}"),
        new Message(
            "contains-bridge",
            "DHCP range of bridge '{{bridge}}' contains the bridge's own address {{address}}",
            "start the range after {{address}} or end it before: dnsmasq must not offer the router's address to a guest"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
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
        reporter.report(
            end.at(),
            "reversed",
            Map.of("bridge", name, "start", start.value(), "end", end.value()));
        continue;
      }
      // both ends are checked, so that one run reports both when both are outside
      boolean startInside = endInSubnet(start, cidr, name, "starts", reporter);
      boolean endInside = endInSubnet(end, cidr, name, "ends", reporter);
      boolean inside = startInside && endInside;
      if (!inside) {
        continue;
      }
      if (start.value().equals(cidr.network())) {
        reporter.report(
            start.at(),
            "starts-at-network",
            Map.of(
                "bridge",
                name,
                "network",
                cidr.network(),
                "suggestion",
                next(max(cidr.network(), cidr.address()))));
      }
      if (end.value().equals(cidr.broadcast())) {
        reporter.report(
            end.at(),
            "ends-at-broadcast",
            Map.of(
                "bridge",
                name,
                "broadcast",
                cidr.broadcast(),
                "suggestion",
                previous(cidr.broadcast())));
      }
      if (range.contains(cidr.address())) {
        reporter.report(
            range.at(), "contains-bridge", Map.of("bridge", name, "address", cidr.address()));
      }
    }
  }

  /** Reports and returns false when the end of the range is outside the subnet. */
  private static boolean endInSubnet(
      Located<Ipv4> end, Cidr cidr, String bridge, String verb, Reporter reporter) {
    if (cidr.contains(end.value())) {
      return true;
    }
    reporter.report(
        end.at(),
        "outside-subnet",
        Map.of(
            "bridge", bridge,
            "verb", verb,
            "address", end.value(),
            "subnet", cidr.subnet(),
            "low", next(next(cidr.network())),
            "high", previous(cidr.broadcast())));
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
