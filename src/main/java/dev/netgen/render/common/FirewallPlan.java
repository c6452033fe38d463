package dev.netgen.render.common;

import dev.netgen.model.Bridge;
import dev.netgen.model.BridgeMode;
import dev.netgen.model.Cidr;
import dev.netgen.model.Cidr6;
import dev.netgen.model.Guest;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Port;
import dev.netgen.model.PortForward;
import dev.netgen.model.Proto;
import dev.netgen.render.RenderContext;
import dev.netgen.render.Unrenderable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What netgen's firewall does for each bridge, whichever packet filter writes it: the bridge's
 * mode, its subnet, the uplink a nat bridge masquerades out of, and the port forwards to guests
 * behind it. IptablesView and NftablesView only spell this out, so both backends make the same
 * decisions.
 */
record FirewallPlan(List<BridgeRules> bridges) {
  /**
   * One bridge whose traffic netgen's rules govern. uplink is empty unless mode is nat; nat66 holds
   * the IPv6 prefixes masqueraded out of it (nat.ipv6), empty otherwise.
   */
  record BridgeRules(
      String name,
      BridgeMode mode,
      Cidr subnet,
      Optional<String> uplink,
      List<Forward> forwards,
      List<Cidr6> nat66) {}

  /** A host port forwarded to a guest address and port; from limits it to one host address. */
  record Forward(Proto proto, Port port, Ipv4 guest, Port to, Optional<Ipv4> from) {}

  static FirewallPlan of(RenderContext context) {
    var forwards = forwardsByBridge(context);
    var bridges = new ArrayList<BridgeRules>();
    for (Bridge bridge : context.model().bridges().values()) {
      bridge
          .effectiveMode()
          .ifPresent(
              mode ->
                  bridges.add(
                      new BridgeRules(
                          bridge.name().value().text(),
                          mode,
                          subnet(bridge, mode),
                          uplink(bridge, mode),
                          forwards.getOrDefault(bridge.name().value().text(), List.of()),
                          nat66(bridge, mode))));
    }
    return new FirewallPlan(bridges);
  }

  private static Cidr subnet(Bridge bridge, BridgeMode mode) {
    return bridge
        .staticCidr()
        .map(Cidr::subnet)
        .orElseThrow(
            () ->
                Unrenderable.at(
                    bridge.address().at(),
                    "bridge "
                        + bridge.name().value()
                        + (mode == BridgeMode.NAT
                            ? " has nat but no fixed address, so there is no subnet to masquerade"
                            : " has mode "
                                + mode.id()
                                + " but no fixed address, so there is no subnet for its rules"),
                    "give " + bridge.name().value() + " an address such as 172.16.1.1/24"));
  }

  /** The bridge's IPv6 prefixes, once each, when it is a nat bridge with nat.ipv6. */
  private static List<Cidr6> nat66(Bridge bridge, BridgeMode mode) {
    if (mode != BridgeMode.NAT || !bridge.nat66()) {
      return List.of();
    }
    return bridge.staticCidr6().stream().map(Cidr6::subnet).distinct().toList();
  }

  private static Optional<String> uplink(Bridge bridge, BridgeMode mode) {
    if (mode != BridgeMode.NAT) {
      return Optional.empty();
    }
    var nat =
        bridge
            .nat()
            .orElseThrow(
                () ->
                    Unrenderable.at(
                        bridge.mode().orElseThrow().at(),
                        "bridge " + bridge.name().value() + " has mode nat but no nat: uplink",
                        "add nat: {uplink: IFACE} to " + bridge.name().value()));
    return Optional.of(nat.uplink().value().text());
  }

  /** Each guest's forwards under the bridge of the NIC they go to, in model order. */
  private static Map<String, List<Forward>> forwardsByBridge(RenderContext context) {
    var byBridge = new LinkedHashMap<String, List<Forward>>();
    for (Guest guest : context.model().guests().values()) {
      if (guest.forwards().isEmpty()) {
        continue;
      }
      var target =
          context
              .wiring()
              .forwardTarget(guest)
              .orElseThrow(
                  () ->
                      Unrenderable.at(
                          guest.forwards().get(0).at(),
                          "guest '"
                              + guest.name().value()
                              + "' has forwards but no NIC with an ip on a nat bridge",
                          "give the guest's NIC on a nat bridge a reserved ip"));
      String bridge =
          context
              .wiring()
              .bridgeOf(target.nic().tap().value().text())
              .orElseThrow()
              .name()
              .value()
              .text();
      Ipv4 ip = target.nic().ip().orElseThrow().value();
      for (PortForward f : guest.forwards()) {
        byBridge
            .computeIfAbsent(bridge, b -> new ArrayList<>())
            .add(
                new Forward(
                    f.proto().value(),
                    f.port().value(),
                    ip,
                    f.target(),
                    f.from().map(l -> l.value())));
      }
    }
    return byBridge;
  }
}
