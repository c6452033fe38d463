package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** guest-mac-local: a guest NIC's MAC is a locally administered one. */
public final class GuestMacLocal extends Rule {
  public GuestMacLocal() {
    super(
        "guest-mac-local",
        Kind.ADVICE,
        Severity.WARNING,
        "a guest NIC's MAC is locally administered (bit 0x02 of the first octet), e.g. QEMU's 52:54:00 prefix",
        new Message(
            "universal",
            "MAC {{mac}} of {{nic}} is universally administered: it lies in a hardware vendor's range",
            "use a locally administered MAC such as {{suggestion}} (QEMU's prefix), unless it was copied from a real NIC on purpose"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var nic : wiring.guestNics()) {
      var mac = nic.nic().mac();
      if (!mac.value().locallyAdministered()
          && !mac.value().multicast()
          && !mac.value().allZero()) {
        String suggestion =
            String.format(
                "52:54:00:%02x:%02x:%02x",
                mac.value().octet(3), mac.value().octet(4), mac.value().octet(5));
        reporter.report(
            mac.at(),
            "universal",
            Map.of("mac", mac.value(), "nic", nic.label(), "suggestion", suggestion));
      }
    }
  }
}
