package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;

/** tap-single-guest: one tap, one guest NIC. */
public final class TapSingleGuest implements Rule {
  @Override
  public String id() {
    return "tap-single-guest";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a tap is used by at most one guest NIC";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        A tap device is one end of one virtual cable. A persistent tap is opened by one QEMU
        process at a time (a second one fails with "Device or resource busy"), so of two guests on
        one tap only the first to start has a network. Give every guest NIC its own tap and put
        the taps in the same bridge.
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
          vm2:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:02
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
          vm2:
            nics:
              - tap: tap1
                mac: 52:54:00:00:00:02
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var taps = new Occurrences<String, String>();
    for (var nic : Topology.of(model).guestNics()) {
      taps.add(nic.nic().tap().value().text(), nic.nic().tap().at(), nic.label());
    }
    taps.forEachRepeat(
        (first, repeat) ->
            sink.report(
                repeat.at(),
                "tap '" + repeat.key() + "' of " + repeat.owner() + " is already used by " + first.owner() + " ("
                    + Topology.line(first.at()) + ")",
                "a tap carries one NIC: declare another tap for this NIC and add it to the same bridge"));
  }
}
