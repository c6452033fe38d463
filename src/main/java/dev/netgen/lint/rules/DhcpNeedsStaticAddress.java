package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** dhcp-needs-static-address: dnsmasq serves a bridge only from a fixed address. */
public final class DhcpNeedsStaticAddress extends Rule {
  private static final String NEEDS = "; dnsmasq needs a fixed address on the bridge it serves";
  private static final String HINT =
      "give {{bridge}} a CIDR address in the DHCP range's subnet, e.g. 172.16.1.1/24: it becomes the guests' router";

  public DhcpNeedsStaticAddress() {
    super(
        "dhcp-needs-static-address",
        Kind.ADVICE,
        Severity.ERROR,
        "a bridge with dhcp_server has a fixed CIDR address",
        new Message(
            "address-dhcp",
            "bridge '{{bridge}}' serves DHCP but its address is dhcp" + NEEDS,
            HINT),
        new Message(
            "no-address", "bridge '{{bridge}}' serves DHCP but it has no address" + NEEDS, HINT));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      var address = bridge.address();
      if (bridge.dhcpServer().isPresent() && !(address.value() instanceof Address.Static)) {
        String messageId = address.value() instanceof Address.Dhcp ? "address-dhcp" : "no-address";
        reporter.report(address.at(), messageId, Map.of("bridge", bridge.name().value()));
      }
    }
  }
}
