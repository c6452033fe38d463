package dev.netgen.lint;

import dev.netgen.model.Bridge;
import dev.netgen.model.Cidr;
import dev.netgen.model.IfName;
import dev.netgen.model.Mac;
import dev.netgen.model.Guest;
import dev.netgen.model.Interface;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Nic;
import dev.netgen.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model's wiring as lookups that rules share: which bridge a device is a port of, which guest
 * NICs sit on a bridge, which ports are physical. Built in one linear pass; rules that need it
 * build their own, so rules stay independent of each other.
 */
public final class Topology {
  /** A guest NIC with its guest and its 1-based number, for messages. */
  public record GuestNic(Guest guest, int number, Nic nic) {
    public String label() {
      return "NIC " + number + " of guest '" + guest.name().value() + "'";
    }
  }

  /** A declared device: an interface, a tap or a bridge. */
  public record Device(Located<IfName> name, String kind) {
    public String label() {
      return kind + " '" + name.value() + "'";
    }
  }

  /** A MAC written in the model and who carries it; nicTap is the tap a guest NIC plugs into. */
  public record OwnedMac(Located<Mac> mac, String owner, Optional<String> nicTap) {}

  private final Model model;
  private final Map<String, Bridge> bridgeOfPort = new HashMap<>();
  private final Map<String, List<GuestNic>> nicsOnBridge = new HashMap<>();
  private final List<GuestNic> guestNics = new ArrayList<>();

  private Topology(Model model) {
    this.model = model;
    for (Bridge bridge : model.bridges().values()) {
      for (Located<?> port : bridge.ports()) {
        bridgeOfPort.putIfAbsent(port.value().toString(), bridge);
      }
    }
    for (Guest guest : model.guests().values()) {
      int number = 1;
      for (Nic nic : guest.nics()) {
        var guestNic = new GuestNic(guest, number++, nic);
        guestNics.add(guestNic);
        bridgeOf(nic.tap().value().text())
            .ifPresent(b -> nicsOnBridge.computeIfAbsent(b.name().value().text(), k -> new ArrayList<>()).add(guestNic));
      }
    }
  }

  public static Topology of(Model model) {
    return new Topology(model);
  }

  /** The (first) bridge that lists the device as a port. */
  public Optional<Bridge> bridgeOf(String device) {
    return Optional.ofNullable(bridgeOfPort.get(device));
  }

  /** Every guest NIC, in model order. */
  public List<GuestNic> guestNics() {
    return guestNics;
  }

  /** The guest NICs whose tap is a port of the bridge. */
  public List<GuestNic> nicsOn(Bridge bridge) {
    return nicsOnBridge.getOrDefault(bridge.name().value().text(), List.of());
  }

  /** The bridge's ports that are declared interfaces (NICs that exist), in port order. */
  public List<Interface> physicalPorts(Bridge bridge) {
    var ports = new ArrayList<Interface>();
    for (var port : bridge.ports()) {
      Interface iface = model.interfaces().get(port.value().text());
      if (iface != null) {
        ports.add(iface);
      }
    }
    return ports;
  }

  /** What kind of device a name declares: "interface", "tap", "bridge", or empty. */
  public Optional<String> kindOf(String name) {
    if (model.interfaces().containsKey(name)) {
      return Optional.of("interface");
    }
    if (model.taps().containsKey(name)) {
      return Optional.of("tap");
    }
    return model.bridges().containsKey(name) ? Optional.of("bridge") : Optional.empty();
  }

  /** Every declared device, interfaces then taps then bridges. */
  public List<Device> devices() {
    var devices = new ArrayList<Device>();
    model.interfaces().values().forEach(i -> devices.add(new Device(i.name(), "interface")));
    model.taps().values().forEach(t -> devices.add(new Device(t.name(), "tap")));
    model.bridges().values().forEach(b -> devices.add(new Device(b.name(), "bridge")));
    return devices;
  }

  /** Every MAC the model writes: of interfaces, taps, bridges and guest NICs. */
  public List<OwnedMac> macs() {
    var macs = new ArrayList<OwnedMac>();
    for (Interface i : model.interfaces().values()) {
      i.mac().ifPresent(m -> macs.add(new OwnedMac(m, "interface '" + i.name().value() + "'", Optional.empty())));
    }
    for (var t : model.taps().values()) {
      t.mac().ifPresent(m -> macs.add(new OwnedMac(m, "tap '" + t.name().value() + "'", Optional.empty())));
    }
    for (Bridge b : model.bridges().values()) {
      b.mac().ifPresent(m -> macs.add(new OwnedMac(m, "bridge '" + b.name().value() + "'", Optional.empty())));
    }
    for (GuestNic g : guestNics) {
      macs.add(new OwnedMac(g.nic().mac(), g.label(), Optional.of(g.nic().tap().value().text())));
    }
    return macs;
  }

  /**
   * The subnet a bridge's hosts live in: its own when it has a fixed address; the LAN's
   * (upstream.subnet) when it has a physical port and no fixed address, since it is bridged onto
   * the LAN; otherwise unknown.
   */
  public Optional<Cidr> subnetOf(Bridge bridge) {
    var own = bridge.staticCidr().map(Cidr::subnet);
    if (own.isPresent() || physicalPorts(bridge).isEmpty()) {
      return own;
    }
    return model.host().upstream().map(u -> u.subnet().value());
  }

  /** "line 12", for naming the first of two places in a message. */
  public static String line(Position at) {
    return "line " + at.line();
  }
}
