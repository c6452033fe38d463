package dev.netgen.render.common;

import dev.netgen.model.Bridge;
import dev.netgen.model.Interface;
import dev.netgen.model.Located;
import dev.netgen.render.RenderContext;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ebtables.sh: MAC NAT on a bridge whose uplink is a wireless port (docs/formats.md). Frames
 * leaving through the uplink carry the uplink's own MAC, the one the access point knows; frames and
 * ARP for a guest's IP get that guest NIC's MAC back.
 */
public record EbtablesView(List<MacNatBridge> bridges) {
  /**
   * One MAC NAT bridge, each field a shell word. uplinkMac is '' when the model does not fix the
   * uplink's MAC: the script then reads it from sysfs when it starts.
   */
  public record MacNatBridge(String name, String uplink, String uplinkMac, List<String> guests) {}

  public static Optional<EbtablesView> of(RenderContext context) {
    var bridges = new ArrayList<MacNatBridge>();
    for (Bridge bridge : context.model().bridges().values()) {
      bridge
          .macNat()
          .ifPresent(
              macNat -> bridges.add(macNatBridge(context, bridge, macNat.uplink().value().text())));
    }
    // Written even with no MAC NAT bridge: its stop removes what a script of an earlier model
    // started.
    return Optional.of(new EbtablesView(bridges));
  }

  private static MacNatBridge macNatBridge(RenderContext context, Bridge bridge, String uplink) {
    String uplinkMac =
        Optional.ofNullable(context.model().interfaces().get(uplink))
            .flatMap(Interface::mac)
            .map(Located::value)
            .map(Object::toString)
            .orElse("");
    // IP=MAC: the script splits each word at '='; IPv4 and MAC text never hold one.
    var guests =
        context.wiring().reservedNics(bridge).stream()
            .map(
                g ->
                    Text.forShellWord(
                        g.nic().ip().orElseThrow().value() + "=" + g.nic().mac().value()))
            .toList();
    return new MacNatBridge(
        Text.forShellWord(bridge.name().value().text()),
        Text.forShellWord(uplink),
        Text.forShellWord(uplinkMac),
        guests);
  }
}
