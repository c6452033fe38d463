package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** guest-mac-not-qemu-default: a guest NIC does not use the MAC QEMU gives every NIC by default. */
public final class GuestMacNotQemuDefault extends Rule {
  public GuestMacNotQemuDefault() {
    super(
        "guest-mac-not-qemu-default",
        Kind.ADVICE,
        Severity.WARNING,
        "no guest NIC uses 52:54:00:12:34:56, QEMU's default MAC",
        new Message(
            "qemu-default",
            "MAC {{mac}} of {{nic}} is QEMU's default: every guest started without mac= gets it too",
            "pick another address in 52:54:00:xx:xx:xx, e.g. with random last three octets"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var nic : wiring.guestNics()) {
      var mac = nic.nic().mac();
      if (mac.value().equals(Mac.QEMU_DEFAULT)) {
        reporter.report(mac.at(), "qemu-default", Map.of("mac", mac.value(), "nic", nic.label()));
      }
    }
  }
}
