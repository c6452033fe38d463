package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Mtu;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.Optional;

/**
 * bridge-mtu-fits-ports: a bridge forwards a frame out of a port whole, so its MTU is not above any
 * port's; a port whose MTU is not written is taken at the kernel's 1500.
 */
public final class BridgeMtuFitsPorts extends Rule {
  public BridgeMtuFitsPorts() {
    super(
        "bridge-mtu-fits-ports",
        Kind.ADVICE,
        Severity.ERROR,
        "a bridge's MTU is not above the MTU of any of its ports (1500 when a port's is not written)",
        new Message(
            "above-port",
            "bridge '{{bridge}}' has MTU {{mtu}}, above the MTU {{portMtu}} of its port '{{port}}'{{unset}}",
            "write mtu: {{mtu}} on '{{port}}' too, or lower the bridge's MTU to {{portMtu}}"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      if (bridge.mtu().isEmpty()) {
        continue;
      }
      var mtu = bridge.mtu().get();
      for (var port : bridge.ports()) {
        String name = port.value().text();
        Optional<Located<Mtu>> own = portMtu(model, name);
        if (own.isEmpty() && wiring.kindOf(name).filter(k -> !k.equals("bridge")).isEmpty()) {
          continue; // not a device this rule can know (port-exists says so)
        }
        Mtu portMtu = own.map(Located::value).orElse(Mtu.ETHERNET);
        if (mtu.value().bytes() > portMtu.bytes()) {
          reporter.report(
              mtu.at(),
              "above-port",
              Map.of(
                  "bridge",
                  bridge.name().value(),
                  "mtu",
                  mtu.value(),
                  "portMtu",
                  portMtu,
                  "port",
                  name,
                  "unset",
                  own.isEmpty() ? " (not written: the kernel's default)" : ""));
        }
      }
    }
  }

  private static Optional<Located<Mtu>> portMtu(Model model, String name) {
    var iface = model.interfaces().get(name);
    if (iface != null) {
      return iface.mtu();
    }
    var tap = model.taps().get(name);
    return tap == null ? Optional.empty() : tap.mtu();
  }
}
