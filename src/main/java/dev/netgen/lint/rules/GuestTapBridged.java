package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** guest-tap-bridged: a guest's tap is in some bridge. */
public final class GuestTapBridged extends Rule {
  public GuestTapBridged() {
    super(
        "guest-tap-bridged",
        Kind.ADVICE,
        Severity.WARNING,
        "every tap a guest NIC uses is a port of some bridge",
        new Message(
            "not-bridged",
            "tap '{{tap}}' of {{nic}} is in no bridge: the guest can reach the host only",
            "add {{tap}} to the ports of the bridge the guest belongs on"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var nic : wiring.guestNics()) {
      if (nic.nic().tap().isEmpty()) {
        continue; // names a bridge: port-exists checks it is one
      }
      var tap = nic.nic().tap().get();
      String name = tap.value().text();
      if (model.taps().containsKey(name) && wiring.bridgeOf(name).isEmpty()) {
        reporter.report(tap.at(), "not-bridged", Map.of("tap", name, "nic", nic.label()));
      }
    }
  }
}
