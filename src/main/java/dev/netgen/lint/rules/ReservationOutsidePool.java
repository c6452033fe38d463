package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** reservation-outside-pool: a guest's reserved ip is not also in the dynamic pool. */
public final class ReservationOutsidePool extends Rule {
  public ReservationOutsidePool() {
    super(
        "reservation-outside-pool",
        Kind.ADVICE,
        Severity.WARNING,
        "a guest NIC's reserved ip lies outside its bridge's dynamic DHCP pool",
        new Message(
            "in-pool",
            "ip {{ip}} of {{nic}} is inside the DHCP pool {{start}}-{{end}} (line {{line}})",
            "reserve an address outside the pool, or start the pool after the reserved addresses"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var nic : wiring.guestNics()) {
      var ip = nic.nic().ip();
      var pool = wiring.bridgeOf(nic.nic()).flatMap(b -> b.dhcpServer()).map(d -> d.range());
      if (ip.isPresent() && pool.isPresent() && pool.get().contains(ip.get().value())) {
        var range = pool.get();
        reporter.report(
            ip.get().at(),
            "in-pool",
            Map.of(
                "ip",
                ip.get().value(),
                "nic",
                nic.label(),
                "start",
                range.start().value(),
                "end",
                range.end().value(),
                "line",
                range.at().line()));
      }
    }
  }
}
