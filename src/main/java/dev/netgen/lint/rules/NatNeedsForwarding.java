package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** nat-needs-forwarding: NAT with IPv4 forwarding explicitly off. */
public final class NatNeedsForwarding extends Rule {
  public NatNeedsForwarding() {
    super(
        "nat-needs-forwarding",
        Kind.ADVICE,
        Severity.ERROR,
        "forwarding.ipv4 is not false when a bridge has nat",
        new Message(
            "forwarding-off",
            "forwarding.ipv4 is false, but bridge '{{bridge}}' (line {{line}}) has nat: the host would drop the guests' packets instead of"
                + " routing them",
            "write ipv4: true, or leave forwarding out (it defaults to true with nat)"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var ipv4 = model.forwarding().ipv4();
    if (ipv4.isEmpty() || ipv4.get().value()) {
      return;
    }
    model.bridges().values().stream()
        .filter(b -> b.nat().isPresent())
        .findFirst()
        .ifPresent(
            bridge ->
                reporter.report(
                    ipv4.get().at(),
                    "forwarding-off",
                    Map.of("bridge", bridge.name().value(), "line", bridge.name().at().line())));
  }
}
