package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Address;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Model;
import dev.netgen.model.Position;
import dev.netgen.model.Range;

/** fixed-ip-outside-upstream-pool: no fixed address of the model lies in the LAN router's pool. */
public final class FixedIpOutsideUpstreamPool implements Rule {
  @Override
  public String id() {
    return "fixed-ip-outside-upstream-pool";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "no fixed address (interface, bridge, guest ip) lies in the LAN router's DHCP pool (upstream.dhcp_range)";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        The LAN router leases every address of its pool to whichever machine asks. A fixed address
        that the model gives to the host (an interface or bridge) or to a guest (ip:, which under
        mac_nat is configured on the LAN) inside that pool will sooner or later be leased to another
        machine too, and the two then take turns losing their connection. This is the address-level
        twin of dhcp-range-overlaps-upstream, and what the seed article's split (router .2-.49,
        host .50-.99) is for. An error, like that rule: the model itself says the router hands out
        this address.
        """,
        """
        version: 1
        host:
          upstream:
            subnet: 192.168.1.0/24
            dhcp_range: [192.168.1.2, 192.168.1.49]
        interfaces:
          wlan0:
            type: wireless
            four_addr: true
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [wlan0, tap0]
            address: dhcp
            mac_nat:
              uplink: wlan0
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
                ip: 192.168.1.20
        """,
        """
        version: 1
        host:
          upstream:
            subnet: 192.168.1.0/24
            dhcp_range: [192.168.1.2, 192.168.1.49]
        interfaces:
          wlan0:
            type: wireless
            four_addr: true
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [wlan0, tap0]
            address: dhcp
            mac_nat:
              uplink: wlan0
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
                ip: 192.168.1.50
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var pool = model.host().upstream().flatMap(u -> u.dhcpRange());
    if (pool.isEmpty()) {
      return;
    }
    Range lan = pool.get();
    for (var iface : model.interfaces().values()) {
      if (iface.address().value() instanceof Address.Static s) {
        check(s.cidr().address(), iface.address().at(), "interface '" + iface.name().value() + "'", lan, sink);
      }
    }
    for (var bridge : model.bridges().values()) {
      if (bridge.address().value() instanceof Address.Static s) {
        check(s.cidr().address(), bridge.address().at(), "bridge '" + bridge.name().value() + "'", lan, sink);
      }
    }
    for (var nic : Topology.of(model).guestNics()) {
      nic.nic().ip().ifPresent(ip -> check(ip.value(), ip.at(), nic.label(), lan, sink));
    }
  }

  private static void check(Ipv4 ip, Position at, String owner, Range lan, DiagnosticSink sink) {
    if (lan.contains(ip)) {
      sink.report(
          at,
          "address " + ip + " of " + owner + " is in the LAN router's DHCP pool " + lan.start().value() + "-" + lan.end().value() + " ("
              + Topology.line(lan.at()) + ")",
          "choose an address outside the router's pool, or shrink the pool on the router and in upstream.dhcp_range");
    }
  }
}
