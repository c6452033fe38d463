package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;

/** port-single-bridge: a device is enslaved to at most one bridge, once. */
public final class PortSingleBridge implements Rule {
  @Override
  public String id() {
    return "port-single-bridge";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a device is a port of at most one bridge, and is listed once";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        A device has one master: enslaving it to a second bridge fails ("Device or resource busy")
        and the bridge that starts second comes up without it, depending on boot order. Listing a
        port twice in the same bridge is the same slip in one line.
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
          br1:
            ports: [tap0]
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
          tap1: {}
        bridges:
          br0:
            ports: [tap0]
          br1:
            ports: [tap1]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
          vm2:
            nics:
              - tap: tap1
                mac: 52:54:00:00:00:02
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var ports = new Occurrences<String, String>();
    for (var bridge : model.bridges().values()) {
      for (var port : bridge.ports()) {
        ports.add(port.value().text(), port.at(), bridge.name().value().text());
      }
    }
    ports.forEachRepeat(
        (first, repeat) -> {
          String where = " (" + Topology.line(first.at()) + ")";
          if (first.owner().equals(repeat.owner())) {
            sink.report(repeat.at(), "'" + repeat.key() + "' is listed twice in the ports of bridge '" + repeat.owner() + "'" + where, "remove the second one");
          } else {
            sink.report(
                repeat.at(),
                "'" + repeat.key() + "' is already a port of bridge '" + first.owner() + "'" + where,
                "a device can join one bridge only: remove it from one of them, or give this bridge its own device");
          }
        });
  }
}
