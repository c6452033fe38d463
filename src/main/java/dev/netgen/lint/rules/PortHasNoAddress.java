package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** port-has-no-address: an interface enslaved to a bridge carries no address; the bridge does. */
public final class PortHasNoAddress extends Rule {
  public PortHasNoAddress() {
    super(
        "port-has-no-address",
        Kind.ADVICE,
        Severity.ERROR,
        "a bridge port has address none: the bridge carries the IP address, not its ports",
        new Message(
            "has-address",
            "interface '{{iface}}' has address {{address}} but is a port of bridge '{{bridge}}' (line {{line}})",
            "write address: none here and give the address to bridge '{{bridge}}'"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var iface : model.interfaces().values()) {
      var address = iface.address();
      if (address.value() instanceof Address.None) {
        continue;
      }
      wiring
          .bridgeOf(iface.name().value().text())
          .ifPresent(
              bridge ->
                  reporter.report(
                      address.at(),
                      "has-address",
                      Map.of(
                          "iface", iface.name().value(),
                          "address",
                              address.value() instanceof Address.Static s ? s.cidr() : "dhcp",
                          "bridge", bridge.name().value(),
                          "line", bridge.name().at().line())));
    }
  }
}
