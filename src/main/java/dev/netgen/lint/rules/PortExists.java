package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.diag.Suggest;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.IfName;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import dev.netgen.model.Wiring.GuestNic;
import java.util.ArrayList;
import java.util.Map;

/** port-exists: bridge ports and guest NICs name devices the model declares. */
public final class PortExists extends Rule {
  private static final String DECLARE_TAP =
      "{{didYouMean}}declare it under taps: and add it to a bridge's ports";

  public PortExists() {
    super(
        "port-exists",
        Kind.ADVICE,
        Severity.ERROR,
        "bridge ports name declared interfaces or taps, and guest NICs declared taps or bridges",
        new Message(
            "port-is-bridge",
            "port '{{port}}' of bridge '{{bridge}}' is a bridge; the kernel cannot enslave a bridge to another bridge",
            "connect the two networks with a routed nat, or merge their ports into one bridge"),
        new Message(
            "port-undeclared",
            "port '{{port}}' of bridge '{{bridge}}' is not declared",
            "{{didYouMean}}declare it under interfaces: (a NIC that exists) or taps: (a tap netgen creates)"),
        new Message(
            "tap-not-a-tap", "tap '{{tap}}' of {{nic}} is {{kind}}, not a tap", DECLARE_TAP),
        new Message("tap-undeclared", "tap '{{tap}}' of {{nic}} is not declared", DECLARE_TAP),
        new Message(
            "bridge-undeclared",
            "bridge '{{bridge}}' of {{nic}} is not a declared bridge",
            "{{didYouMean}}declare it under bridges: (qemu-bridge-helper puts the guest's tap on"
                + " it), or name a tap with tap:"));
  }

  /** A NIC for qemu-bridge-helper names a bridge of the model. */
  private static void bridgeNamed(
      Model model, GuestNic nic, Located<IfName> bridge, Reporter reporter) {
    String name = bridge.value().text();
    if (!model.bridges().containsKey(name)) {
      reporter.report(
          bridge.at(),
          "bridge-undeclared",
          Map.of(
              "bridge", name,
              "nic", nic.label(),
              "didYouMean", Suggest.didYouMean(name, model.bridges().keySet())));
    }
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var portable = new ArrayList<String>(model.interfaces().keySet());
    portable.addAll(model.taps().keySet());
    for (var bridge : model.bridges().values()) {
      for (var port : bridge.ports()) {
        String name = port.value().text();
        String kind = wiring.kindOf(name).orElse("");
        if (kind.equals("bridge") || kind.isEmpty()) {
          reporter.report(
              port.at(),
              kind.isEmpty() ? "port-undeclared" : "port-is-bridge",
              Map.of(
                  "port",
                  name,
                  "bridge",
                  bridge.name().value(),
                  "didYouMean",
                  Suggest.didYouMean(name, portable)));
        }
      }
    }
    for (var nic : wiring.guestNics()) {
      nic.nic().bridge().ifPresent(bridge -> bridgeNamed(model, nic, bridge, reporter));
      if (nic.nic().tap().isEmpty()) {
        continue;
      }
      var tap = nic.nic().tap().get();
      String name = tap.value().text();
      if (!model.taps().containsKey(name)) {
        var kind = wiring.kindOf(name);
        reporter.report(
            tap.at(),
            kind.isPresent() ? "tap-not-a-tap" : "tap-undeclared",
            Map.of(
                "tap", name,
                "nic", nic.label(),
                "kind", kind.map(k -> ("interface".equals(k) ? "an " : "a ") + k).orElse(""),
                "didYouMean", Suggest.didYouMean(name, model.taps().keySet())));
      }
    }
  }
}
