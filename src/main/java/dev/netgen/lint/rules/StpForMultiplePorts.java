package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.stream.Collectors;

/** stp-for-multiple-ports: a bridge joining two or more physical ports runs STP. */
public final class StpForMultiplePorts extends Rule {
  public StpForMultiplePorts() {
    super(
        "stp-for-multiple-ports",
        Kind.ADVICE,
        Severity.WARNING,
        "a bridge with more than one physical port has stp on",
        new Message(
            "stp-off",
            "bridge '{{bridge}}' joins {{count}} physical ports ({{ports}}) with STP off: if they reach the same LAN, frames loop",
            "set stp: true (with forward_delay: 2), or keep one physical port in the bridge"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      var physical = wiring.interfacePorts(bridge);
      if (physical.size() > 1 && !bridge.stpOn()) {
        var at = bridge.stp().map(s -> s.at()).orElse(bridge.name().at());
        String names =
            physical.stream()
                .map(p -> p.iface().name().value().text())
                .collect(Collectors.joining(", "));
        reporter.report(
            at,
            "stp-off",
            Map.of("bridge", bridge.name().value(), "count", physical.size(), "ports", names));
      }
    }
  }
}
