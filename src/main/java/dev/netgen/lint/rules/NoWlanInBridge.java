package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** no-wlan-in-bridge: a Wi-Fi station joins a bridge only in 4-address mode. */
public final class NoWlanInBridge extends Rule {
  public NoWlanInBridge() {
    super(
        "no-wlan-in-bridge",
        Kind.ADVICE,
        Severity.ERROR,
        "a wireless interface is a bridge port only with four_addr: true",
        new Message(
            "station-in-bridge",
            "wireless interface '{{port}}' is a port of bridge '{{bridge}}' without four_addr: the kernel refuses to enslave a Wi-Fi station",
            "set four_addr: true on {{port}} if the access point allows 4-address (WDS) mode; otherwise use the nat setup: only taps in"
                + " {{bridge}}, a subnet of its own with dhcp_server, and nat: {uplink: {{port}}}"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      for (var port : wiring.interfacePorts(bridge)) {
        if (port.iface().wireless() && !port.iface().fourAddrOn()) {
          reporter.report(
              port.name().at(),
              "station-in-bridge",
              Map.of("port", port.name().value(), "bridge", bridge.name().value()));
        }
      }
    }
  }
}
