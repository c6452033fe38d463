package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Range;
import dev.netgen.model.Wiring;
import java.util.Map;

/** dhcp-pool-fits-guests: the dynamic pool has an address for every guest NIC that needs one. */
public final class DhcpPoolFitsGuests extends Rule {
  public DhcpPoolFitsGuests() {
    super(
        "dhcp-pool-fits-guests",
        Kind.ADVICE,
        Severity.WARNING,
        "a bridge's DHCP pool has at least as many addresses as the guest NICs on the bridge that draw from it",
        new Message(
            "too-small",
            "DHCP pool of bridge '{{bridge}}' has {{addresses}} for {{nics}} from it",
            "widen the range, or reserve addresses outside the pool (ip:) for some guests"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      if (bridge.dhcpServer().isEmpty()) {
        continue;
      }
      Range pool = bridge.dhcpServer().get().range();
      // dnsmasq swaps a reversed range (dhcp-range-in-subnet reports it), so count it either way
      long size =
          Math.abs(pool.end().value().unsigned() - pool.start().value().unsigned())
              + 1
              - bridge.staticCidr().filter(c -> pool.contains(c.address())).map(c -> 1L).orElse(0L);
      long needing =
          wiring.nicsOn(bridge).stream()
              .filter(n -> n.nic().ip().map(ip -> pool.contains(ip.value())).orElse(true))
              .count();
      if (needing > size) {
        reporter.report(
            pool.at(),
            "too-small",
            Map.of(
                "bridge", bridge.name().value(),
                "addresses", size + (size == 1 ? " address" : " addresses"),
                "nics",
                    needing + (needing == 1 ? " guest NIC that draws" : " guest NICs that draw")));
      }
    }
  }
}
