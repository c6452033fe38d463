package dev.netgen.render.common;

import dev.netgen.model.Bridge;
import dev.netgen.render.RenderContext;
import dev.netgen.render.Unrenderable;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** iptables.sh: masquerade and forward each NAT bridge's subnet out of its uplink. */
public record IptablesView(List<NatBridge> bridges) {
  /** One NAT bridge, each field already a shell word. */
  public record NatBridge(String name, String subnet, String uplink) {}

  public static Optional<IptablesView> of(RenderContext context) {
    var bridges = new ArrayList<NatBridge>();
    for (Bridge bridge : context.model().bridges().values()) {
      bridge.nat().ifPresent(nat -> bridges.add(natBridge(bridge, nat.uplink().value().text())));
    }
    // Written even with no NAT bridge: its stop removes what a script of an earlier model started.
    return Optional.of(new IptablesView(bridges));
  }

  private static NatBridge natBridge(Bridge bridge, String uplink) {
    var cidr =
        bridge
            .staticCidr()
            .orElseThrow(
                () ->
                    Unrenderable.at(
                        bridge.address().at(),
                        "bridge "
                            + bridge.name().value()
                            + " has nat but no fixed address, so there is no subnet to masquerade",
                        "give " + bridge.name().value() + " an address such as 172.16.1.1/24"));
    return new NatBridge(
        Text.forShellWord(bridge.name().value().text()),
        Text.forShellWord(cidr.subnet().toString()),
        Text.forShellWord(uplink));
  }
}
