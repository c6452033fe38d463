package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.stream.Collectors;

/** forwarding-without-nat: routing on, but nothing masqueraded. */
public final class ForwardingWithoutNat extends Rule {
  public ForwardingWithoutNat() {
    super(
        "forwarding-without-nat",
        Kind.ADVICE,
        Severity.WARNING,
        "forwarding.ipv4 is on only together with nat, or the LAN router knows a route to the guests",
        new Message(
            "no-nat",
            "IPv4 forwarding is on but no bridge has nat: the guests' replies come back only if the LAN router has a route to {{subnets}}"
                + " via this host",
            "add nat: {uplink: ...} to the guests' bridge, or add that route on the LAN router; bridged guests need no forwarding"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var ipv4 = model.forwarding().ipv4();
    if (ipv4.isEmpty() || !ipv4.get().value() || model.anyForwarded()) {
      return;
    }
    String subnets =
        model.bridges().values().stream()
            .flatMap(b -> b.staticCidr().stream())
            .map(c -> c.subnet().toString())
            .collect(Collectors.joining(", "));
    reporter.report(
        ipv4.get().at(), "no-nat", Map.of("subnets", subnets.isEmpty() ? "their subnet" : subnets));
  }
}
