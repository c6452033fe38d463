package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** four-addr-wireless-only: four_addr set on a NIC that is not declared wireless. */
public final class FourAddrWirelessOnly extends Rule {
  public FourAddrWirelessOnly() {
    super(
        "four-addr-wireless-only",
        Kind.ADVICE,
        Severity.WARNING,
        "four_addr is set only on interfaces of type wireless",
        new Message(
            "not-wireless",
            "interface '{{iface}}' sets four_addr but its type is ethernet; 4-address mode exists only on Wi-Fi",
            "if {{iface}} is a Wi-Fi card, add type: wireless; otherwise remove four_addr"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var iface : model.interfaces().values()) {
      iface
          .fourAddr()
          .filter(f -> f.value() && !iface.wireless())
          .ifPresent(
              f -> reporter.report(f.at(), "not-wireless", Map.of("iface", iface.name().value())));
    }
  }
}
