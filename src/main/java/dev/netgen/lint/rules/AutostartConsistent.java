package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Bridge;
import dev.netgen.model.Model;
import dev.netgen.model.Uplink;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.Optional;

/**
 * autostart-consistent: {@code autostart: false} means what it says. On a bridge port it does
 * nothing (the bridge brings its ports up), and a bridge that starts at boot should not route or
 * MAC-NAT through an uplink that does not.
 */
public final class AutostartConsistent extends Rule {
  public AutostartConsistent() {
    super(
        "autostart-consistent",
        Kind.ADVICE,
        Severity.WARNING,
        "autostart: false is not written on a bridge port, nor on the uplink of a bridge that starts at boot",
        new Message(
            "port",
            "interface '{{iface}}' has autostart: false, but it is a port of bridge '{{bridge}}', which brings it up{{when}}",
            "remove autostart from '{{iface}}'; write autostart: false on bridge '{{bridge}}' to keep both down"),
        new Message(
            "uplink-down",
            "bridge '{{bridge}}' starts at boot, but its {{what}} uplink '{{uplink}}' does not (autostart: false): its guests have no way out until '{{uplink}}' is brought up by hand",
            "remove autostart: false from '{{uplink}}', or write autostart: false on bridge '{{bridge}}' too"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var iface : model.interfaces().values()) {
      var autostart = iface.autostart();
      if (autostart.isEmpty() || autostart.get().value()) {
        continue;
      }
      wiring
          .bridgeOf(iface.name().value().text())
          .ifPresent(
              bridge ->
                  reporter.report(
                      autostart.get().at(),
                      "port",
                      Map.of(
                          "iface", iface.name().value(),
                          "bridge", bridge.name().value(),
                          "when", bridge.autostartOn() ? " at boot" : " when it is brought up")));
    }
    for (var bridge : model.bridges().values()) {
      if (!wiring.upAfterBoot(bridge.name().value().text())) {
        continue;
      }
      uplink(bridge, bridge.nat(), "nat", wiring, reporter);
      uplink(bridge, bridge.macNat(), "mac_nat", wiring, reporter);
    }
  }

  private static void uplink(
      Bridge bridge, Optional<Uplink> uplink, String what, Wiring wiring, Reporter reporter) {
    if (uplink.isEmpty()) {
      return;
    }
    var name = uplink.get().uplink();
    if (wiring.kindOf(name.value().text()).isEmpty() || wiring.upAfterBoot(name.value().text())) {
      return; // an undeclared uplink is nat-uplink-valid's
    }
    reporter.report(
        name.at(),
        "uplink-down",
        Map.of("bridge", bridge.name().value(), "what", what, "uplink", name.value()));
  }
}
