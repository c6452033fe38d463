package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;

/** dhcp-router-in-subnet: the router dnsmasq announces is reachable on the bridge. */
public final class DhcpRouterInSubnet implements Rule {
  @Override
  public String id() {
    return "dhcp-router-in-subnet";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "the DHCP router option is a host address inside the bridge's subnet";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        The router option (dhcp-option=3) becomes each guest's default gateway. A gateway must be
        on the guest's own link: one outside the subnet cannot be reached (the guest has no route
        to it), so the guest has no way out. The network and broadcast addresses are not hosts.
        Leave router out to announce the bridge's own address, which is what the nat setup needs.
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
            dhcp_server:
              range: [172.16.1.10, 172.16.1.100]
              router: 192.168.1.1
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
            dhcp_server:
              range: [172.16.1.10, 172.16.1.100]
              router: 172.16.1.1
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    for (var bridge : model.bridges().values()) {
      if (bridge.staticCidr().isEmpty() || bridge.dhcpServer().isEmpty()) {
        continue;
      }
      var cidr = bridge.staticCidr().get();
      bridge.dhcpServer().get().router().ifPresent(router -> {
        var ip = router.value();
        String name = bridge.name().value().text();
        String hint = "use the bridge's own address " + cidr.address() + " (or leave router out, which means the same)";
        if (!cidr.contains(ip)) {
          sink.report(router.at(), "router " + ip + " of bridge '" + name + "' is outside its subnet " + cidr.subnet(), hint);
        } else if (ip.equals(cidr.network()) || ip.equals(cidr.broadcast())) {
          String which = ip.equals(cidr.network()) ? "network" : "broadcast";
          sink.report(router.at(), "router " + ip + " of bridge '" + name + "' is the " + which + " address of " + cidr.subnet(), hint);
        }
      });
    }
  }
}
