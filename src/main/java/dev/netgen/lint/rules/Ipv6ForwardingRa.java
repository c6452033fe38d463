package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Bridge;
import dev.netgen.model.Interface;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * ipv6-forwarding-ra: with IPv6 forwarding on, an uplink says how it gets its IPv6 route; one the
 * model leaves to the kernel's defaults loses a route learned from router advertisements.
 */
public final class Ipv6ForwardingRa extends Rule {
  public Ipv6ForwardingRa() {
    super(
        "ipv6-forwarding-ra",
        Kind.ADVICE,
        Severity.WARNING,
        "with IPv6 forwarding on, a NAT uplink has address6 or gateway6, so its route survives",
        new Message(
            "uplink",
            "uplink '{{uplink}}' of bridge '{{bridge}}' says nothing about IPv6, but the host"
                + " forwards IPv6: the kernel then ignores router advertisements on it"
                + " (accept_ra=1), and the host loses the IPv6 default route it learned from the"
                + " LAN",
            "write address6: [auto] on '{{uplink}}' (netgen then sets accept_ra=2 on it), or give"
                + " it a fixed address and gateway6"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    if (!model.forwarding6On()) {
      return;
    }
    var seen = new LinkedHashSet<String>();
    for (Bridge bridge : model.bridges().values()) {
      if (bridge.nat().isEmpty()) {
        continue;
      }
      String name = bridge.nat().get().uplink().value().text();
      Interface uplink = model.interfaces().get(name);
      if (uplink != null
          && seen.add(name)
          && uplink.address6().isEmpty()
          && uplink.gateway6().isEmpty()) {
        reporter.report(
            uplink.name().at(), "uplink", Map.of("uplink", name, "bridge", bridge.name().value()));
      }
    }
  }
}
