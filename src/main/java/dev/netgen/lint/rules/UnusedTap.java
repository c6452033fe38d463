package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.HashSet;
import java.util.Map;

/** unused-tap: a tap no guest NIC uses. */
public final class UnusedTap extends Rule {
  public UnusedTap() {
    super(
        "unused-tap",
        Kind.ADVICE,
        Severity.WARNING,
        "every tap is used by some guest NIC",
        new Message(
            "unused",
            "tap '{{tap}}' is used by no guest NIC",
            "remove it, or plug a guest NIC into it (nics: - tap: {{tap}})"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var used = new HashSet<String>();
    wiring.guestNics().forEach(n -> n.nic().tap().ifPresent(t -> used.add(t.value().text())));
    for (var tap : model.taps().values()) {
      if (!used.contains(tap.name().value().text())) {
        reporter.report(tap.name().at(), "unused", Map.of("tap", tap.name().value()));
      }
    }
  }
}
