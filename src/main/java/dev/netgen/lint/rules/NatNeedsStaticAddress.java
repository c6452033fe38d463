package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * nat-needs-static-address: the masqueraded subnet and the guests' router come from the bridge's
 * own address.
 */
public final class NatNeedsStaticAddress extends Rule {
  private static final String NO_SUBNET = ", so there is no subnet to masquerade";
  private static final String HINT =
      "give {{bridge}} a CIDR address, e.g. 172.16.1.1/24: its subnet is masqueraded and it becomes the guests' router";

  public NatNeedsStaticAddress() {
    super(
        "nat-needs-static-address",
        Kind.ADVICE,
        Severity.ERROR,
        "a bridge with nat has a fixed CIDR address",
        new Message(
            "address-dhcp",
            "bridge '{{bridge}}' has nat but its address is dhcp" + NO_SUBNET,
            HINT),
        new Message(
            "no-address", "bridge '{{bridge}}' has nat but it has no address" + NO_SUBNET, HINT));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      var address = bridge.address();
      if (bridge.nat().isPresent() && !(address.value() instanceof Address.Static)) {
        String messageId = address.value() instanceof Address.Dhcp ? "address-dhcp" : "no-address";
        reporter.report(address.at(), messageId, Map.of("bridge", bridge.name().value()));
      }
    }
  }
}
