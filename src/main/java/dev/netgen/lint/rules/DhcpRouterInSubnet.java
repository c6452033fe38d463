package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** dhcp-router-in-subnet: the router dnsmasq announces is reachable on the bridge. */
public final class DhcpRouterInSubnet extends Rule {
  private static final String HINT =
      "use the bridge's own address {{address}} (or leave router out, which means the same)";

  public DhcpRouterInSubnet() {
    super(
        "dhcp-router-in-subnet",
        Kind.ADVICE,
        Severity.ERROR,
        "the DHCP router option is a host address inside the bridge's subnet",
        new Message(
            "outside-subnet",
            "router {{router}} of bridge '{{bridge}}' is outside its subnet {{subnet}}",
            HINT),
        new Message(
            "network-or-broadcast",
            "router {{router}} of bridge '{{bridge}}' is the {{which}} address of {{subnet}}",
            HINT));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      if (bridge.staticCidr().isEmpty() || bridge.dhcpServer().isEmpty()) {
        continue;
      }
      var cidr = bridge.staticCidr().get();
      bridge
          .dhcpServer()
          .get()
          .router()
          .ifPresent(
              router -> {
                var ip = router.value();
                var which = ip.equals(cidr.network()) ? "network" : "broadcast";
                var data =
                    Map.of(
                        "router",
                        ip,
                        "bridge",
                        bridge.name().value(),
                        "subnet",
                        cidr.subnet(),
                        "address",
                        cidr.address(),
                        "which",
                        which);
                if (!cidr.contains(ip)) {
                  reporter.report(router.at(), "outside-subnet", data);
                } else if (ip.equals(cidr.network()) || ip.equals(cidr.broadcast())) {
                  reporter.report(router.at(), "network-or-broadcast", data);
                }
              });
    }
  }
}
