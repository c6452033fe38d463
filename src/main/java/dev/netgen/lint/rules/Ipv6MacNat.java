package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Bridge;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * ipv6-mac-nat: no IPv6 for the guests of a mac_nat bridge. Its ebtables rules rewrite the MACs of
 * IPv4 and ARP only; IPv6 neighbour discovery carries the sender's MAC inside the packet.
 */
public final class Ipv6MacNat extends Rule {
  public Ipv6MacNat() {
    super(
        "ipv6-mac-nat",
        Kind.ADVICE,
        Severity.WARNING,
        "a mac_nat bridge's guests get no IPv6 from the model (MAC NAT is IPv4 and ARP only)",
        new Message(
            "guests",
            "bridge '{{bridge}}' has mac_nat and {{what}}: its ebtables rules rewrite IPv4 and"
                + " ARP only, so the guests' IPv6 leaves with their own MACs, which the access"
                + " point drops, and neighbour discovery (NDP) announces those MACs in its"
                + " link-layer address options, so the LAN cannot reach them either",
            "serve the guests IPv6 from a nat bridge with nat.ipv6 instead, or drop their IPv6"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (Bridge bridge : model.bridges().values()) {
      if (bridge.macNat().isEmpty()) {
        continue;
      }
      var dhcp6 = bridge.dhcpServer().flatMap(d -> d.ipv6());
      var reserved =
          wiring.nicsOn(bridge).stream().flatMap(n -> n.nic().ip6().stream()).findFirst();
      if (dhcp6.isPresent()) {
        report(reporter, bridge, dhcp6.get().at(), "IPv6 service (dhcp_server.ipv6)");
      } else if (reserved.isPresent()) {
        report(reporter, bridge, reserved.get().at(), "a guest with ip6");
      }
    }
  }

  private static void report(
      Reporter reporter, Bridge bridge, dev.netgen.model.Position at, String what) {
    reporter.report(at, "guests", Map.of("bridge", bridge.name().value(), "what", what));
  }
}
