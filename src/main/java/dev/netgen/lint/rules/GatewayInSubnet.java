package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.Optional;

/** gateway-in-subnet: a gateway goes with a fixed address and lies on its link. */
public final class GatewayInSubnet extends Rule {
  private static final String WITHOUT_CIDR =
      "remove the gateway, or give {{owner}} a CIDR address on the gateway's subnet";
  private static final String USE_ROUTER = "use the router's address on {{subnet}}";

  public GatewayInSubnet() {
    super(
        "gateway-in-subnet",
        Kind.ADVICE,
        Severity.ERROR,
        "an interface's or bridge's gateway comes with a CIDR address and is another host of that subnet",
        new Message(
            "address-dhcp",
            "gateway {{gateway}} of {{owner}} goes with a CIDR address, but the address is dhcp, whose server sends the route",
            WITHOUT_CIDR),
        new Message(
            "address-none",
            "gateway {{gateway}} of {{owner}} goes with a CIDR address, but the address is none",
            WITHOUT_CIDR),
        new Message(
            "outside-subnet",
            "gateway {{gateway}} of {{owner}} is outside its subnet {{subnet}}",
            USE_ROUTER + ", or fix the address's prefix"),
        new Message(
            "own-address", "gateway {{gateway}} of {{owner}} is its own address", USE_ROUTER),
        new Message(
            "network-or-broadcast",
            "gateway {{gateway}} of {{owner}} is the {{which}} address of {{subnet}}",
            USE_ROUTER));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var iface : model.interfaces().values()) {
      check("interface '" + iface.name().value() + "'", iface.address(), iface.gateway(), reporter);
    }
    for (var bridge : model.bridges().values()) {
      check("bridge '" + bridge.name().value() + "'", bridge.address(), bridge.gateway(), reporter);
    }
  }

  private static void check(
      String owner, Located<Address> address, Optional<Located<Ipv4>> gateway, Reporter reporter) {
    if (gateway.isEmpty()) {
      return;
    }
    var gw = gateway.get();
    if (!(address.value() instanceof Address.Static s)) {
      String messageId = address.value() instanceof Address.Dhcp ? "address-dhcp" : "address-none";
      reporter.report(gw.at(), messageId, Map.of("gateway", gw.value(), "owner", owner));
      return;
    }
    var cidr = s.cidr();
    var ip = gw.value();
    var data =
        Map.of(
            "gateway",
            ip,
            "owner",
            owner,
            "subnet",
            cidr.subnet(),
            "which",
            ip.equals(cidr.network()) ? "network" : "broadcast");
    if (!cidr.contains(ip)) {
      reporter.report(gw.at(), "outside-subnet", data);
    } else if (ip.equals(cidr.address())) {
      reporter.report(gw.at(), "own-address", data);
    } else if (ip.equals(cidr.network()) || ip.equals(cidr.broadcast())) {
      reporter.report(gw.at(), "network-or-broadcast", data);
    }
  }
}
