package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address6;
import dev.netgen.model.IfName;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.List;
import java.util.Map;

/**
 * ipv6-link-local: fixed addresses and reservations are not link-local (fe80::/10). The kernel
 * gives every device a link-local address of its own; one written in the model is one it does not
 * route, advertise or lease. A link-local gateway6 is right and is not reported.
 */
public final class Ipv6LinkLocal extends Rule {
  public Ipv6LinkLocal() {
    super(
        "ipv6-link-local",
        Kind.ADVICE,
        Severity.ERROR,
        "a fixed IPv6 address or reservation is not link-local (fe80::/10)",
        new Message(
            "address",
            "address6 {{address}} of '{{device}}' is link-local: it is never routed, advertised"
                + " or served, and the kernel already gives the device one",
            "write a unique local (fd00::/8) or global address; link-local ones are automatic"),
        new Message(
            "reservation",
            "ip6 {{address}} of {{nic}} is link-local: DHCPv6 leases global or unique local"
                + " addresses only",
            "reserve an address in the bridge's prefix"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    model.interfaces().values().forEach(i -> check(i.name(), i.address6(), reporter));
    model.bridges().values().forEach(b -> check(b.name(), b.address6(), reporter));
    for (var nic : wiring.guestNics()) {
      nic.nic()
          .ip6()
          .filter(ip -> ip.value().linkLocal())
          .ifPresent(
              ip ->
                  reporter.report(
                      ip.at(), "reservation", Map.of("address", ip.value(), "nic", nic.label())));
    }
  }

  private static void check(
      Located<IfName> device, List<Located<Address6>> forms, Reporter reporter) {
    for (var form : forms) {
      if (form.value() instanceof Address6.Static s && s.cidr().address().linkLocal()) {
        reporter.report(
            form.at(), "address", Map.of("address", s.cidr(), "device", device.value()));
      }
    }
  }
}
