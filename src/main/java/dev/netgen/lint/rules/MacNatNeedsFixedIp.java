package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** mac-nat-needs-fixed-ip: a guest behind MAC NAT is known by its IP, so it needs one. */
public final class MacNatNeedsFixedIp extends Rule {
  public MacNatNeedsFixedIp() {
    super(
        "mac-nat-needs-fixed-ip",
        Kind.ADVICE,
        Severity.ERROR,
        "every guest NIC behind a mac_nat bridge has an ip",
        new Message(
            "no-ip",
            "{{nic}} is behind the MAC NAT of bridge '{{bridge}}' but has no ip",
            "give it a fixed ip on the LAN, outside the router's DHCP pool: ebtables finds the guest by its IP"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      if (bridge.macNat().isPresent()) {
        for (var nic : wiring.nicsOn(bridge)) {
          if (nic.nic().ip().isEmpty()) {
            reporter.report(
                nic.nic().at(),
                "no-ip",
                Map.of("nic", nic.label(), "bridge", bridge.name().value()));
          }
        }
      }
    }
  }
}
