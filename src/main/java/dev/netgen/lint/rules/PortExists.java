package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.diag.Suggest;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;
import java.util.ArrayList;
import java.util.Collection;

/** port-exists: bridge ports and guest taps name devices the model declares. */
public final class PortExists implements Rule {
  @Override
  public String id() {
    return "port-exists";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "bridge ports name declared interfaces or taps, and guest NICs name declared taps";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        netgen creates taps and configures interfaces only when the model declares them. A bridge
        port that is not declared is missing when the bridge starts: netifrc's net.br0 fails with
        "Cannot add non-existent interface" and leaves an empty bridge behind; ifupdown skips the
        port silently. A bridge cannot be a port of another bridge (the kernel refuses). A guest NIC
        needs a declared tap, created with its owner, so QEMU can open it with script=no.
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap1]
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
  public void check(Model model, Topology topology, DiagnosticSink sink) {
    var portable = new ArrayList<String>(model.interfaces().keySet());
    portable.addAll(model.taps().keySet());
    for (var bridge : model.bridges().values()) {
      for (var port : bridge.ports()) {
        String name = port.value().text();
        String kind = topology.kindOf(name).orElse("");
        if (kind.equals("bridge")) {
          sink.report(
              port.at(),
              "port '" + name + "' of bridge '" + bridge.name().value() + "' is a bridge; the kernel cannot enslave a bridge to another bridge",
              "connect the two networks with a routed nat, or merge their ports into one bridge");
        } else if (kind.isEmpty()) {
          sink.report(
              port.at(),
              "port '" + name + "' of bridge '" + bridge.name().value() + "' is not declared",
              suggest(name, portable) + "declare it under interfaces: (a NIC that exists) or taps: (a tap netgen creates)");
        }
      }
    }
    for (var nic : topology.guestNics()) {
      var tap = nic.nic().tap();
      String name = tap.value().text();
      if (!model.taps().containsKey(name)) {
        String what = topology.kindOf(name).map(k -> "is " + ("interface".equals(k) ? "an " : "a ") + k + ", not a tap").orElse("is not declared");
        sink.report(
            tap.at(),
            "tap '" + name + "' of " + nic.label() + " " + what,
            suggest(name, model.taps().keySet()) + "declare it under taps: and add it to a bridge's ports");
      }
    }
  }

  private static String suggest(String name, Collection<String> names) {
    return Suggest.closest(name, names).map(s -> "did you mean '" + s + "'? ").orElse("");
  }
}
