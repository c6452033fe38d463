package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.BridgeMode;
import dev.netgen.model.Guest;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.Optional;

/**
 * forward-target: port forwards go to a guest's reserved address behind a nat bridge; a guest
 * without one has nowhere to receive them.
 */
public final class ForwardTarget extends Rule {
  public ForwardTarget() {
    super(
        "forward-target",
        Kind.SAFETY,
        Severity.ERROR,
        "a guest with forwards has a NIC with a reserved ip on a nat bridge",
        new Message(
            "not-nat",
            "guest '{{guest}}' has port forwards but no NIC on a bridge with nat: its address is not"
                + " behind this host's, so there is nothing to translate",
            "plug a NIC of the guest into a nat bridge, or remove forwards: (a bridged or routed"
                + " guest is reached by its own address)"),
        new Message(
            "no-ip",
            "guest '{{guest}}' has port forwards, but its NIC on nat bridge '{{bridge}}' has no"
                + " reserved ip: the rules need the address dnsmasq always gives it",
            "add ip: with a free address of {{bridge}}'s subnet to that NIC"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (Guest guest : model.guests().values()) {
      if (guest.forwards().isEmpty() || wiring.forwardTarget(guest).isPresent()) {
        continue;
      }
      var at = guest.forwards().get(0).at();
      var onNat =
          guest.nics().stream()
              .map(wiring::bridgeOf)
              .flatMap(Optional::stream)
              .filter(b -> b.effectiveMode().orElse(null) == BridgeMode.NAT)
              .findFirst();
      if (onNat.isPresent()) {
        String bridge = onNat.get().name().value().text();
        reporter.report(at, "no-ip", Map.of("guest", guest.name().value(), "bridge", bridge));
      } else {
        reporter.report(at, "not-nat", Map.of("guest", guest.name().value()));
      }
    }
  }
}
