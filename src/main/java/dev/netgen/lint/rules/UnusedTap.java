package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;
import java.util.HashSet;

/** unused-tap: a tap no guest NIC uses. */
public final class UnusedTap implements Rule {
  @Override
  public String id() {
    return "unused-tap";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "every tap is used by some guest NIC";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        netgen creates every declared tap at boot and enslaves it to its bridge. A tap that no
        guest uses is usually a leftover from a removed guest, or a guest NIC that names the wrong
        tap. It is harmless otherwise, hence a warning; a tap kept for a guest started outside
        the model can stay, with unused-tap in lint.disable.
        """,
        """
        version: 1
        taps:
          tap0: {}
          tap1: {}
        bridges:
          br0:
            ports: [tap0, tap1]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var used = new HashSet<String>();
    Topology.of(model).guestNics().forEach(n -> used.add(n.nic().tap().value().text()));
    for (var tap : model.taps().values()) {
      if (!used.contains(tap.name().value().text())) {
        sink.report(
            tap.name().at(),
            "tap '" + tap.name().value() + "' is used by no guest NIC",
            "remove it, or plug a guest NIC into it (nics: - tap: " + tap.name().value() + ")");
      }
    }
  }
}
