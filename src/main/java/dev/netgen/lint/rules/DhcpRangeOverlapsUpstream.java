package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Model;
import dev.netgen.model.Range;
import dev.netgen.model.Wiring;
import java.util.Map;

/** dhcp-range-overlaps-upstream: the host's DHCP pool and the LAN router's pool are apart. */
public final class DhcpRangeOverlapsUpstream extends Rule {
  public DhcpRangeOverlapsUpstream() {
    super(
        "dhcp-range-overlaps-upstream",
        Kind.ADVICE,
        Severity.ERROR,
        "a bridge's DHCP pool does not overlap the LAN router's pool (upstream.dhcp_range)",
        new Message(
            "overlaps-lan-pool",
            "DHCP pool {{pool}} of bridge '{{bridge}}' overlaps the LAN router's pool {{lanPool}} (line {{line}})",
            "split the addresses between the two servers, e.g. the router keeps {{lanPool}} and {{bridge}} serves addresses after {{lanEnd}}"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
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
      var at =
          inside(pool.start().value(), lan)
              ? pool.start().at()
              : inside(pool.end().value(), lan) ? pool.end().at() : pool.at();
      reporter.report(
          at,
          "overlaps-lan-pool",
          Map.of(
              "pool",
              text(pool),
              "bridge",
              bridge.name().value(),
              "lanPool",
              text(lan),
              "line",
              lan.at().line(),
              "lanEnd",
              high(lan)));
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
