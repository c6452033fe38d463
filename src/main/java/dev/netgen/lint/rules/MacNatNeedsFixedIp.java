package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;

/** mac-nat-needs-fixed-ip: a guest behind MAC NAT is known by its IP, so it needs one. */
public final class MacNatNeedsFixedIp implements Rule {
  @Override
  public String id() {
    return "mac-nat-needs-fixed-ip";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "every guest NIC behind a mac_nat bridge has an ip";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        Under MAC NAT the access point sees only the uplink's MAC: ebtables rewrites the source
        MAC of every frame leaving through the uplink, and on the way back it finds the guest by
        the destination IP (one IPv4 and one ARP rule per guest) and puts the guest NIC's MAC
        back. A guest without a fixed address has no such rules, and no frame ever reaches it.
        """,
        """
        version: 1
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
        """,
        """
        version: 1
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
    var topology = Topology.of(model);
    for (var bridge : model.bridges().values()) {
      if (bridge.macNat().isEmpty()) {
        continue;
      }
      for (var nic : topology.nicsOn(bridge)) {
        if (nic.nic().ip().isEmpty()) {
          sink.report(
              nic.nic().at(),
              nic.label() + " is behind the MAC NAT of bridge '" + bridge.name().value() + "' but has no ip",
              "give it a fixed ip on the LAN, outside the router's DHCP pool: ebtables finds the guest by its IP");
        }
      }
    }
  }
}
