package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Bridge;
import dev.netgen.model.BridgeMode;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * bridge-mode-needs: what each bridge mode needs: nat an uplink (nat:), routed and isolated a fixed
 * address (their rules name the subnet) and no nat:, routed forwarding on.
 */
public final class BridgeModeNeeds extends Rule {
  public BridgeModeNeeds() {
    super(
        "bridge-mode-needs",
        Kind.SAFETY,
        Severity.ERROR,
        "a bridge's mode has what it needs: nat an uplink, routed and isolated a fixed address,"
            + " routed forwarding",
        new Message(
            "nat-missing",
            "bridge '{{bridge}}' has mode nat but no nat: there is no uplink to masquerade out of",
            "add nat: {uplink: IFACE} to {{bridge}}, or choose mode routed or isolated"),
        new Message(
            "nat-conflict",
            "bridge '{{bridge}}' has mode {{mode}} and nat: mode {{mode}} masquerades nothing",
            "remove nat: from {{bridge}}, or write mode: nat"),
        new Message(
            "no-address",
            "bridge '{{bridge}}' has mode {{mode}} but no fixed address: its rules name the"
                + " bridge's subnet",
            "give {{bridge}} an address such as 10.20.0.1/24"),
        new Message(
            "no-forwarding",
            "bridge '{{bridge}}' is routed, but forwarding.ipv4 is false: the host would not route"
                + " between it and the LAN",
            "write ipv4: true or leave forwarding out; the LAN router also needs a route back:"
                + " {{subnet}} via this host's LAN address"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (Bridge bridge : model.bridges().values()) {
      var mode = bridge.mode();
      if (mode.isEmpty()) {
        continue;
      }
      check(model, bridge, mode.get(), reporter);
    }
  }

  private static void check(Model model, Bridge bridge, Located<BridgeMode> mode, Reporter out) {
    String name = bridge.name().value().text();
    var data = Map.of("bridge", name, "mode", mode.value().id());
    if (mode.value() == BridgeMode.NAT) {
      if (bridge.nat().isEmpty()) {
        out.report(mode.at(), "nat-missing", data);
      }
      return;
    }
    if (bridge.nat().isPresent()) {
      out.report(bridge.nat().get().at(), "nat-conflict", data);
    }
    var cidr = bridge.staticCidr();
    if (cidr.isEmpty()) {
      out.report(mode.at(), "no-address", data);
    }
    var ipv4 = model.forwarding().ipv4();
    if (mode.value() == BridgeMode.ROUTED && ipv4.isPresent() && !ipv4.get().value()) {
      out.report(
          ipv4.get().at(),
          "no-forwarding",
          Map.of(
              "bridge", name, "subnet", cidr.map(c -> c.subnet().toString()).orElse("its subnet")));
    }
  }
}
