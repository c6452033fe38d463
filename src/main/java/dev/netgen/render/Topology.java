package dev.netgen.render;

import dev.netgen.model.Bridge;
import dev.netgen.model.Guest;
import dev.netgen.model.Model;
import dev.netgen.model.Nic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is plugged into what, indexed once per render so that every view looks things up by name
 * instead of scanning the model (a 4,000-bridge model stays linear).
 */
public final class Topology {
  /** A guest NIC together with its guest, for files that list NICs per bridge. */
  public record GuestNic(Guest guest, Nic nic) {}

  private final Map<String, Bridge> bridgeOfPort = new HashMap<>();
  private final Map<String, List<GuestNic>> nicsOnBridge = new HashMap<>();

  public Topology(Model model) {
    for (Bridge bridge : model.bridges().values()) {
      for (var port : bridge.ports()) {
        // With a port in two bridges (a lint error, rendered under --force) the first one wins.
        bridgeOfPort.putIfAbsent(port.value().text(), bridge);
      }
    }
    for (Guest guest : model.guests().values()) {
      for (Nic nic : guest.nics()) {
        bridgeOf(nic.tap().value().text())
            .ifPresent(
                bridge ->
                    nicsOnBridge
                        .computeIfAbsent(bridge.name().value().text(), k -> new ArrayList<>())
                        .add(new GuestNic(guest, nic)));
      }
    }
  }

  /** The bridge a device (interface or tap) is a port of. */
  public Optional<Bridge> bridgeOf(String device) {
    return Optional.ofNullable(bridgeOfPort.get(device));
  }

  /** Guest NICs whose tap is a port of this bridge, in model order (guests, then their NICs). */
  public List<GuestNic> guestNics(Bridge bridge) {
    return nicsOnBridge.getOrDefault(bridge.name().value().text(), List.of());
  }

  /** Guest NICs on this bridge that have a fixed address. */
  public List<GuestNic> reservedNics(Bridge bridge) {
    return guestNics(bridge).stream().filter(g -> g.nic().ip().isPresent()).toList();
  }
}
