package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;

/** name-unique: one name, one device, across interfaces, taps and bridges. */
public final class NameUnique implements Rule {
  @Override
  public String id() {
    return "name-unique";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "one name, one device: an interface, a tap and a bridge never share a name";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        A device name is one kernel network device. A tap and a bridge with the same name cannot
        both exist: whichever is created second fails, and every generated file (the netifrc
        service net.NAME, dnsmasq's interface=, the firewall rules) would refer to both at once.
        The loader already rejects a name declared twice in the same section; this rule catches the
        same name in two sections.
        """,
        """
        version: 1
        taps:
          br0: {}
        bridges:
          br0:
            ports: [br0]
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
    var names = new Occurrences<String, String>();
    for (var device : Topology.of(model).devices()) {
      names.add(device.name().value().text(), device.name().at(), device.label());
    }
    names.forEachRepeat(
        (first, repeat) ->
            sink.report(
                repeat.at(),
                repeat.owner() + " has the same name as " + first.owner() + " (" + Topology.line(first.at()) + ")",
                "a name is one device: rename one of them"));
  }
}
