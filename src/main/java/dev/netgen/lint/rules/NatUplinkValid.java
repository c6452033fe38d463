package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.diag.Suggest;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Bridge;
import dev.netgen.model.Model;
import dev.netgen.model.Uplink;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * nat-uplink-valid: nat leaves through a declared interface outside every bridge, or through
 * another bridge (its packets leave by that bridge, so the masquerade names it); mac_nat acts on a
 * declared interface that is one of the bridge's ports. Message ids start with nat- or mac-nat-.
 */
public final class NatUplinkValid extends Rule {
  private static final String NAT_HINT =
      "name the interface or bridge the host reaches the outside through, e.g. wlan0 or brlan";
  private static final String MAC_NAT_HINT =
      "name the port that faces the access point, e.g. wlan0";

  public NatUplinkValid() {
    super(
        "nat-uplink-valid",
        Kind.ADVICE,
        Severity.ERROR,
        "a nat uplink is another bridge or a declared interface that is no bridge's port; a mac_nat uplink is a declared interface that"
            + " is a port of its bridge",
        new Message(
            "nat-not-interface",
            "nat uplink '{{uplink}}' of bridge '{{bridge}}' is {{what}}",
            "{{didYouMean}}" + NAT_HINT),
        new Message(
            "nat-is-bridge",
            "nat uplink of bridge '{{bridge}}' is the bridge itself; NAT needs a second network to route to",
            NAT_HINT),
        new Message(
            "nat-is-port",
            "nat uplink '{{uplink}}' is a port of bridge '{{bridge}}' itself; NAT routes out of the bridge, not through it",
            "take {{uplink}} out of {{bridge}}'s ports, or use mac_nat to share a port's MAC instead"),
        new Message(
            "nat-is-other-port",
            "nat uplink '{{uplink}}' is a port of bridge '{{other}}': the host's packets leave through '{{other}}', so a masquerade on"
                + " '{{uplink}}' never matches",
            "name the bridge: uplink: {{other}}"),
        new Message(
            "mac-nat-not-interface",
            "mac_nat uplink '{{uplink}}' of bridge '{{bridge}}' is {{what}}",
            "{{didYouMean}}" + MAC_NAT_HINT),
        new Message(
            "mac-nat-is-bridge",
            "mac_nat uplink of bridge '{{bridge}}' is the bridge itself; ebtables -i/-o match bridge ports, so a rule on the bridge never matches",
            MAC_NAT_HINT),
        new Message(
            "mac-nat-not-port",
            "mac_nat uplink '{{uplink}}' is not a port of bridge '{{bridge}}'; ebtables rewrites MACs on frames crossing one of its ports",
            "add {{uplink}} to {{bridge}}'s ports (with four_addr: true if it is wireless)"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (Bridge bridge : model.bridges().values()) {
      bridge.nat().ifPresent(nat -> check(model, wiring, bridge, nat, "nat-", reporter));
      bridge
          .macNat()
          .ifPresent(macNat -> check(model, wiring, bridge, macNat, "mac-nat-", reporter));
    }
  }

  /** kind is "nat-" or "mac-nat-", the start of the message ids. */
  private static void check(
      Model model, Wiring wiring, Bridge bridge, Uplink uplink, String kind, Reporter reporter) {
    var at = uplink.uplink().at();
    String name = uplink.uplink().value().text();
    if (kind.equals("nat-") && !name.equals(bridge.name().value().text())) {
      if (model.bridges().containsKey(name)) {
        return; // another bridge: the packets leave by it, and -o names it
      }
      var other = wiring.bridgeOf(name).filter(b -> !b.name().equals(bridge.name()));
      if (model.interfaces().containsKey(name) && other.isPresent()) {
        reporter.report(
            at, "nat-is-other-port", Map.of("uplink", name, "other", other.get().name().value()));
        return;
      }
    }
    if (!model.interfaces().containsKey(name)) {
      if (name.equals(bridge.name().value().text())) {
        reporter.report(at, kind + "is-bridge", Map.of("bridge", name));
      } else {
        reporter.report(
            at,
            kind + "not-interface",
            Map.of(
                "uplink", name,
                "bridge", bridge.name().value(),
                "what",
                    wiring
                        .kindOf(name)
                        .map(k -> "a " + k + ", not an interface")
                        .orElse("not a declared interface"),
                "didYouMean", Suggest.didYouMean(name, model.interfaces().keySet())));
      }
      return;
    }
    boolean isPort = bridge.ports().stream().anyMatch(p -> p.value().text().equals(name));
    if (isPort == kind.equals("nat-")) {
      reporter.report(
          at,
          kind + (isPort ? "is-port" : "not-port"),
          Map.of("uplink", name, "bridge", bridge.name().value()));
    }
  }
}
