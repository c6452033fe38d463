package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** mac-valid: every MAC is one a device can have: unicast and not all zero. */
public final class MacValid extends Rule {
  public MacValid() {
    super(
        "mac-valid",
        Kind.SAFETY,
        Severity.ERROR,
        "every MAC is a unicast address (bit 0x01 of the first octet clear) and not all zero",
        new Message(
            "all-zero",
            "MAC {{mac}} of {{owner}} is all zero; the kernel refuses it",
            "use a unicast, locally administered MAC, e.g. 52:54:00:xx:xx:xx"),
        new Message(
            "multicast",
            "MAC {{mac}} of {{owner}} is a multicast address (bit 0x01 of the first octet is set)",
            "use a unicast MAC: the first octet must be even, e.g. 52:54:00:xx:xx:xx"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var owned : wiring.macs()) {
      var mac = owned.mac().value();
      if (mac.allZero() || mac.multicast()) {
        reporter.report(
            owned.mac().at(),
            mac.allZero() ? "all-zero" : "multicast",
            Map.of("mac", mac, "owner", owned.owner()));
      }
    }
  }
}
