package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;

/** no-wlan-in-bridge: a Wi-Fi station joins a bridge only in 4-address mode. */
public final class NoWlanInBridge implements Rule {
  @Override
  public String id() {
    return "no-wlan-in-bridge";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a wireless interface is a bridge port only with four_addr: true";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        An access point accepts frames from a station only with the station's own MAC, so an
        ordinary Wi-Fi client interface cannot carry other machines' frames, and the kernel refuses
        to enslave it: `brctl addif br0 wlan0` fails with "Operation not supported", as the seed
        article found. Only 4-address (WDS) mode, which the access point must allow too, makes a
        station bridgeable (`iw dev wlan0 set 4addr on`, which netgen runs before the bridge
        starts when four_addr is true).

        Without WDS, use the nat setup: only taps in the bridge, the bridge has its own subnet
        with dnsmasq, and the guests' traffic is masqueraded out of wlan0 (nat: {uplink: wlan0}).
        """,
        """
        version: 1
        interfaces:
          wlan0:
            type: wireless
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [wlan0, tap0]
            address: dhcp
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
            address: dhcp
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
            dhcp_server:
              range: [172.16.1.10, 172.16.1.100]
            nat:
              uplink: wlan0
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
      for (var port : bridge.ports()) {
        var iface = model.interfaces().get(port.value().text());
        if (iface != null && iface.wireless() && !iface.fourAddrOn()) {
          sink.report(
              port.at(),
              "wireless interface '" + port.value() + "' is a port of bridge '" + bridge.name().value()
                  + "' without four_addr: the kernel refuses to enslave a Wi-Fi station",
              "set four_addr: true on " + port.value() + " if the access point allows 4-address (WDS) mode; otherwise use the nat setup: only taps in "
                  + bridge.name().value() + ", a subnet of its own with dhcp_server, and nat: {uplink: " + port.value() + "}");
        }
      }
    }
  }
}
