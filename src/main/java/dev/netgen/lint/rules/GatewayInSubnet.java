package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import java.util.Optional;

/** gateway-in-subnet: a gateway goes with a fixed address and lies on its link. */
public final class GatewayInSubnet implements Rule {
  @Override
  public String id() {
    return "gateway-in-subnet";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "an interface's or bridge's gateway comes with a CIDR address and is another host of that subnet";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        A default route via a gateway needs the gateway on a directly connected subnet: with
        192.168.1.5/24, a gateway of 192.168.2.1 is unreachable and `ip route add default via`
        fails with "Nexthop has invalid gateway", so the host has no way out. The gateway cannot be
        the interface's own address, nor the network or broadcast address. SPEC allows gateway
        only next to a CIDR address: with dhcp the DHCP server sends the route, and with none
        there is no subnet to reach it on, so a gateway there is ignored or contradicts the lease.
        """,
        """
        version: 1
        interfaces:
          eth0:
            address: 192.168.1.5/24
            gateway: 192.168.2.1
        """,
        """
        version: 1
        interfaces:
          eth0:
            address: 192.168.1.5/24
            gateway: 192.168.1.1
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    for (var iface : model.interfaces().values()) {
      check("interface '" + iface.name().value() + "'", iface.address(), iface.gateway(), sink);
    }
    for (var bridge : model.bridges().values()) {
      check("bridge '" + bridge.name().value() + "'", bridge.address(), bridge.gateway(), sink);
    }
  }

  private static void check(String owner, Located<Address> address, Optional<Located<Ipv4>> gateway, DiagnosticSink sink) {
    if (gateway.isEmpty()) {
      return;
    }
    var gw = gateway.get();
    if (!(address.value() instanceof Address.Static s)) {
      String what = address.value() instanceof Address.Dhcp ? "dhcp, whose server sends the route" : "none";
      sink.report(gw.at(), "gateway " + gw.value() + " of " + owner + " goes with a CIDR address, but the address is " + what, "remove the gateway, or give " + owner + " a CIDR address on the gateway's subnet");
      return;
    }
    var cidr = s.cidr();
    if (!cidr.contains(gw.value())) {
      sink.report(gw.at(), "gateway " + gw.value() + " of " + owner + " is outside its subnet " + cidr.subnet(), "use the router's address on " + cidr.subnet() + ", or fix the address's prefix");
    } else if (gw.value().equals(cidr.address())) {
      sink.report(gw.at(), "gateway " + gw.value() + " of " + owner + " is its own address", "use the router's address on " + cidr.subnet());
    } else if (gw.value().equals(cidr.network()) || gw.value().equals(cidr.broadcast())) {
      sink.report(gw.at(), "gateway " + gw.value() + " of " + owner + " is the " + (gw.value().equals(cidr.network()) ? "network" : "broadcast") + " address of " + cidr.subnet(), "use the router's address on " + cidr.subnet());
    }
  }
}
