package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * guest-mac-not-qemu-default: a guest NIC does not use a MAC QEMU gives NICs by default
 * (52:54:00:12:34:56 to the first NIC without mac= in a process, :57 to the second, ... up to :ff).
 */
public final class GuestMacNotQemuDefault extends Rule {
  public GuestMacNotQemuDefault() {
    super(
        "guest-mac-not-qemu-default",
        Kind.ADVICE,
        Severity.WARNING,
        "no guest NIC uses QEMU's default MACs, 52:54:00:12:34:56 to 52:54:00:12:34:ff",
        new Message(
            "qemu-default",
            "MAC {{mac}} of {{nic}} is one of QEMU's defaults: NIC {{number}} without mac= of every QEMU process gets it too",
            "pick another address in 52:54:00:xx:xx:xx, e.g. with random last three octets"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var nic : wiring.guestNics()) {
      var mac = nic.nic().mac();
      if (mac.value().qemuDefault()) {
        int number = mac.value().octet(5) - Mac.QEMU_DEFAULT.octet(5) + 1;
        reporter.report(
            mac.at(),
            "qemu-default",
            Map.of("mac", mac.value(), "nic", nic.label(), "number", number));
      }
    }
  }
}
