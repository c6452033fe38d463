package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.FleetReporter;
import dev.netgen.lint.FleetRule;
import dev.netgen.lint.Lan;
import dev.netgen.lint.Message;
import dev.netgen.lint.Shared;
import dev.netgen.model.Bridge;
import dev.netgen.model.Mac;
import dev.netgen.model.Wiring;
import dev.netgen.model.Wiring.OwnedMac;
import java.util.Map;
import java.util.Optional;

/**
 * fleet-mac-unique: no MAC that reaches the shared LAN on two hosts. A MAC reaches the LAN when it
 * is an interface's, or a bridge's, tap's or guest NIC's on a bridge with an interface port and no
 * MAC NAT (behind NAT or MAC NAT the LAN never sees it, so templates may repeat those).
 */
public final class FleetMacUnique extends FleetRule {
  public FleetMacUnique() {
    super(
        "fleet-mac-unique",
        Kind.ADVICE,
        Severity.ERROR,
        "no MAC that reaches a shared LAN is used on two hosts",
        new Message(
            "shared",
            "MAC {{mac}} of {{owner}} reaches the LAN {{lan}}, where {{first}} of {{firstHost}} uses it too",
            "give every device and guest NIC on a bridged LAN a MAC no other host uses, e.g. 52:54:00 followed by octets unique per host"));
  }

  @Override
  public void check(Lan lan, FleetReporter reporter) {
    var macs = new Shared<Mac, OwnedMac>();
    for (Lan.Host host : lan.hosts()) {
      for (OwnedMac owned : host.wiring().macs()) {
        if (onLan(owned, host)) {
          macs.add(owned.mac().value(), host, owned.mac().at(), owned);
        }
      }
    }
    macs.forEachClash(
        (first, later) ->
            reporter.report(
                later.at(),
                first.at(),
                "shared",
                Map.of(
                    "mac",
                    later.key(),
                    "owner",
                    later.owner().owner(),
                    "lan",
                    lan.subnet(),
                    "first",
                    first.owner().owner(),
                    "firstHost",
                    first.host().label())));
  }

  private static boolean onLan(OwnedMac owned, Lan.Host host) {
    Wiring wiring = host.wiring();
    if (owned.nic().isPresent()) {
      return bridged(wiring.bridgeOf(owned.nic().get().nic()), wiring);
    }
    var device = owned.device().orElseThrow();
    return switch (device.kind()) {
      case "interface" -> true;
      case "bridge" ->
          bridged(
              Optional.ofNullable(host.model().bridges().get(device.name().value().text())),
              wiring);
      default -> bridged(wiring.bridgeOf(device.name().value().text()), wiring);
    };
  }

  private static boolean bridged(Optional<Bridge> bridge, Wiring wiring) {
    return bridge.isPresent()
        && bridge.get().macNat().isEmpty()
        && !wiring.interfacePorts(bridge.get()).isEmpty();
  }
}
