package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** tap-single-guest: one tap, one guest NIC. */
public final class TapSingleGuest extends Rule {
  public TapSingleGuest() {
    super(
        "tap-single-guest",
        Kind.SAFETY,
        Severity.ERROR,
        "a tap is used by at most one guest NIC",
        new Message(
            "shared",
            "tap '{{tap}}' of {{nic}} is already used by {{first}} (line {{line}})",
            "a tap carries one NIC: declare another tap for this NIC and add it to the same bridge"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var taps = new Occurrences<String, String>();
    for (var nic : wiring.guestNics()) {
      // a NIC that names a bridge gets a tap of its own from qemu-bridge-helper
      nic.nic().tap().ifPresent(tap -> taps.add(tap.value().text(), tap.at(), nic.label()));
    }
    taps.forEachRepeat(
        (first, repeat) ->
            reporter.report(
                repeat.at(),
                "shared",
                Map.of(
                    "tap",
                    repeat.key(),
                    "nic",
                    repeat.owner(),
                    "first",
                    first.owner(),
                    "line",
                    first.at().line())));
  }
}
