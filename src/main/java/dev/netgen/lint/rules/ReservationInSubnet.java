package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * reservation-in-subnet: a guest's ip is a host address of its bridge's subnet, not the bridge's.
 */
public final class ReservationInSubnet extends Rule {
  private static final String HINT = "choose a host address of {{subnet}}{{exceptBridge}}";

  public ReservationInSubnet() {
    super(
        "reservation-in-subnet",
        Kind.ADVICE,
        Severity.ERROR,
        "a guest NIC's ip lies in the subnet of the bridge its tap is in, and is not the bridge's own address",
        new Message(
            "outside-subnet",
            "ip {{ip}} of {{nic}} is outside subnet {{subnet}} of bridge '{{bridge}}'",
            HINT),
        new Message(
            "bridge-address",
            "ip {{ip}} of {{nic}} is the address of bridge '{{bridge}}' itself",
            HINT),
        new Message(
            "network-or-broadcast",
            "ip {{ip}} of {{nic}} is the {{which}} address of {{subnet}}",
            HINT));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var nic : wiring.guestNics()) {
      if (nic.nic().ip().isEmpty()) {
        continue;
      }
      var ip = nic.nic().ip().get();
      var bridge = wiring.bridgeOf(nic.nic());
      var subnet = bridge.flatMap(wiring::subnetOf);
      if (subnet.isEmpty()) {
        continue;
      }
      var cidr = subnet.get();
      var own = bridge.get().staticCidr().map(c -> c.address());
      var data =
          Map.of(
              "ip", ip.value(),
              "nic", nic.label(),
              "subnet", cidr,
              "bridge", bridge.get().name().value(),
              "which", ip.value().equals(cidr.network()) ? "network" : "broadcast",
              "exceptBridge", own.map(a -> " other than the bridge's own " + a).orElse(""));
      if (!cidr.contains(ip.value())) {
        reporter.report(ip.at(), "outside-subnet", data);
      } else if (own.isPresent() && own.get().equals(ip.value())) {
        reporter.report(ip.at(), "bridge-address", data);
      } else if (ip.value().equals(cidr.network()) || ip.value().equals(cidr.broadcast())) {
        reporter.report(ip.at(), "network-or-broadcast", data);
      }
    }
  }
}
