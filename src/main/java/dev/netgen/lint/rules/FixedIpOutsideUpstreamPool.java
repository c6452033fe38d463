package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Position;
import dev.netgen.model.Range;
import dev.netgen.model.Wiring;
import java.util.Map;

/** fixed-ip-outside-upstream-pool: no fixed address of the model lies in the LAN router's pool. */
public final class FixedIpOutsideUpstreamPool extends Rule {
  public FixedIpOutsideUpstreamPool() {
    super(
        "fixed-ip-outside-upstream-pool",
        Kind.ADVICE,
        Severity.ERROR,
        "no fixed address (interface, bridge, guest ip) lies in the LAN router's DHCP pool (upstream.dhcp_range)",
        new Message(
            "in-lan-pool",
            "address {{address}} of {{owner}} is in the LAN router's DHCP pool {{start}}-{{end}} (line {{line}})",
            "choose an address outside the router's pool, or shrink the pool on the router and in upstream.dhcp_range"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var pool = model.host().upstream().flatMap(u -> u.dhcpRange());
    if (pool.isEmpty()) {
      return;
    }
    Range lan = pool.get();
    for (var iface : model.interfaces().values()) {
      check(iface.address(), "interface '" + iface.name().value() + "'", lan, reporter);
    }
    for (var bridge : model.bridges().values()) {
      check(bridge.address(), "bridge '" + bridge.name().value() + "'", lan, reporter);
    }
    for (var nic : wiring.guestNics()) {
      nic.nic().ip().ifPresent(ip -> check(ip.value(), ip.at(), nic.label(), lan, reporter));
    }
  }

  private static void check(Located<Address> address, String owner, Range lan, Reporter reporter) {
    if (address.value() instanceof Address.Static s) {
      check(s.cidr().address(), address.at(), owner, lan, reporter);
    }
  }

  private static void check(Ipv4 ip, Position at, String owner, Range lan, Reporter reporter) {
    if (lan.contains(ip)) {
      reporter.report(
          at,
          "in-lan-pool",
          Map.of(
              "address",
              ip,
              "owner",
              owner,
              "start",
              lan.start().value(),
              "end",
              lan.end().value(),
              "line",
              lan.at().line()));
    }
  }
}
