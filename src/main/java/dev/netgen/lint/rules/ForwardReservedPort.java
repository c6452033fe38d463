package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Guest;
import dev.netgen.model.Model;
import dev.netgen.model.PortForward;
import dev.netgen.model.Proto;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.Optional;

/**
 * forward-reserved-port: a forward of DNS (53) or DHCP (udp 67, 68). The DNAT takes the port on the
 * host's addresses, so it would take the guests' DNS and DHCP to dnsmasq on the bridge, and the
 * DHCP replies the host's own client gets on the uplink.
 */
public final class ForwardReservedPort extends Rule {
  public ForwardReservedPort() {
    super(
        "forward-reserved-port",
        Kind.ADVICE,
        Severity.ERROR,
        "no forward of the DNS and DHCP ports the host itself uses",
        new Message(
            "reserved",
            "{{proto}} port {{port}} is {{service}}: forwarding it to guest '{{guest}}' takes"
                + " {{taken}}",
            "forward another host port (for example {{suggestion}}) to the guest's {{port}}: write"
                + " port: {{suggestion}}, to: {{port}}"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (Guest guest : model.guests().values()) {
      for (PortForward f : guest.forwards()) {
        service(f)
            .ifPresent(
                service ->
                    reporter.report(
                        f.port().at(),
                        "reserved",
                        Map.of(
                            "proto", f.proto().value().id(),
                            "port", f.port().value(),
                            "service", service,
                            "guest", guest.name().value(),
                            "taken", taken(f),
                            "suggestion", 10_000 + f.port().value().number())));
      }
    }
  }

  private static Optional<String> service(PortForward f) {
    int port = f.port().value().number();
    boolean udp = f.proto().value() == Proto.UDP;
    if (port == 53) {
      return Optional.of("DNS");
    }
    if (udp && (port == 67 || port == 68)) {
      return Optional.of("DHCP");
    }
    return Optional.empty();
  }

  private static String taken(PortForward f) {
    return f.port().value().number() == 53
        ? "the host's DNS, which dnsmasq answers for the guests on the bridge's address"
        : "the DHCP the host's own uplink and dnsmasq's guests depend on";
  }
}
