package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Ipv6;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Ra6Mode;
import dev.netgen.model.Wiring;
import java.util.HashMap;
import java.util.Map;

/**
 * ip6-reservation: a guest NIC's ip6 is served (its bridge's dnsmasq runs stateful DHCPv6), lies in
 * the bridge's IPv6 prefix, and is no other NIC's.
 */
public final class Ip6Reservation extends Rule {
  public Ip6Reservation() {
    super(
        "ip6-reservation",
        Kind.ADVICE,
        Severity.ERROR,
        "a guest NIC's ip6 lies in a prefix of its bridge, served by stateful DHCPv6, and is unique",
        new Message(
            "not-served",
            "ip6 {{ip}} of {{nic}} is reserved, but bridge '{{bridge}}' runs no stateful DHCPv6:"
                + " nothing hands it out",
            "add dhcp_server.ipv6 with mode: stateful to '{{bridge}}', or drop ip6"),
        new Message(
            "outside",
            "ip6 {{ip}} of {{nic}} is outside every IPv6 prefix of bridge '{{bridge}}'",
            "choose an address in a prefix of address6 of '{{bridge}}'"),
        new Message(
            "duplicate",
            "ip6 {{ip}} of {{nic}} is also reserved for {{other}} (line {{line}})",
            "give each NIC its own ip6"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var first = new HashMap<Ipv6, Located<Ipv6>>();
    var owner = new HashMap<Ipv6, String>();
    for (var nic : wiring.guestNics()) {
      if (nic.nic().ip6().isEmpty()) {
        continue;
      }
      var ip = nic.nic().ip6().get();
      var earlier = first.putIfAbsent(ip.value(), ip);
      if (earlier != null) {
        reporter.report(
            ip.at(),
            "duplicate",
            Map.of(
                "ip", ip.value(),
                "nic", nic.label(),
                "other", owner.get(ip.value()),
                "line", earlier.at().line()));
        continue;
      }
      owner.put(ip.value(), nic.label());
      var bridge = wiring.bridgeOf(nic.nic());
      if (bridge.isEmpty()) {
        continue;
      }
      var data =
          Map.of("ip", ip.value(), "nic", nic.label(), "bridge", bridge.get().name().value());
      boolean stateful =
          bridge
              .get()
              .dhcpServer()
              .flatMap(d -> d.ipv6())
              .map(d -> d.mode().value() == Ra6Mode.STATEFUL)
              .orElse(false);
      if (!stateful) {
        reporter.report(ip.at(), "not-served", data);
      } else if (bridge.get().staticCidr6().stream().noneMatch(c -> c.contains(ip.value()))) {
        reporter.report(ip.at(), "outside", data);
      }
    }
  }
}
