package dev.netgen.lint;

import dev.netgen.model.Bridge;
import dev.netgen.model.Cidr;
import dev.netgen.model.Guest;
import dev.netgen.model.IfName;
import dev.netgen.model.Interface;
import dev.netgen.model.Located;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;
import dev.netgen.model.Nic;
import dev.netgen.model.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model's wiring as lookups that rules share: which bridge a device is a port of, which guest
 * NICs sit on a bridge, which ports are physical. One lint builds one, and each part of it the
 * first time a rule asks for that part, in one linear pass; the linter hands it to every rule, so
 * that 37 rules do not build the same maps 17 times over. Read-only once built; one lint, one
 * thread.
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

  /**
   * A MAC written in the model and who carries it: a device, or a guest NIC (whose tap is then
   * nicTap). The owner's label is made only for a message.
   */
  public record OwnedMac(Located<Mac> mac, Optional<Device> device, Optional<GuestNic> nic) {
    public String owner() {
      return device.map(Device::label).orElseGet(() -> nic.orElseThrow().label());
    }

    public Optional<String> nicTap() {
      return nic.map(n -> n.nic().tap().value().text());
    }
  }

  private final Model model;
  private Map<String, Bridge> bridgeOfPort;
  private List<GuestNic> guestNics;
  private Map<String, List<GuestNic>> nicsOnBridge;
  private List<Device> devices;
  private List<OwnedMac> macs;

  private Topology(Model model) {
    this.model = model;
  }

  public static Topology of(Model model) {
    return new Topology(model);
  }

  /** The (first) bridge that lists the device as a port. */
  public Optional<Bridge> bridgeOf(String device) {
    if (bridgeOfPort == null) {
      var map = new HashMap<String, Bridge>();
      for (Bridge bridge : model.bridges().values()) {
        for (Located<IfName> port : bridge.ports()) {
          map.putIfAbsent(port.value().text(), bridge);
        }
      }
      bridgeOfPort = map;
    }
    return Optional.ofNullable(bridgeOfPort.get(device));
  }

  /** Every guest NIC, in model order. */
  public List<GuestNic> guestNics() {
    if (guestNics == null) {
      var all = new ArrayList<GuestNic>();
      for (Guest guest : model.guests().values()) {
        int number = 1;
        for (Nic nic : guest.nics()) {
          all.add(new GuestNic(guest, number++, nic));
        }
      }
      guestNics = Collections.unmodifiableList(all);
    }
    return guestNics;
  }

  /** The guest NICs whose tap is a port of the bridge. */
  public List<GuestNic> nicsOn(Bridge bridge) {
    if (nicsOnBridge == null) {
      var map = new HashMap<String, List<GuestNic>>();
      for (GuestNic guestNic : guestNics()) {
        bridgeOf(guestNic.nic().tap().value().text())
            .ifPresent(b -> map.computeIfAbsent(b.name().value().text(), k -> new ArrayList<>()).add(guestNic));
      }
      nicsOnBridge = map;
    }
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
    if (devices == null) {
      var all = new ArrayList<Device>(model.interfaces().size() + model.taps().size() + model.bridges().size());
      model.interfaces().values().forEach(i -> all.add(new Device(i.name(), "interface")));
      model.taps().values().forEach(t -> all.add(new Device(t.name(), "tap")));
      model.bridges().values().forEach(b -> all.add(new Device(b.name(), "bridge")));
      devices = Collections.unmodifiableList(all);
    }
    return devices;
  }

  /** Every MAC the model writes: of interfaces, taps, bridges and guest NICs. */
  public List<OwnedMac> macs() {
    if (macs == null) {
      var all = new ArrayList<OwnedMac>();
      for (Interface i : model.interfaces().values()) {
        i.mac().ifPresent(m -> all.add(new OwnedMac(m, Optional.of(new Device(i.name(), "interface")), Optional.empty())));
      }
      for (var t : model.taps().values()) {
        t.mac().ifPresent(m -> all.add(new OwnedMac(m, Optional.of(new Device(t.name(), "tap")), Optional.empty())));
      }
      for (Bridge b : model.bridges().values()) {
        b.mac().ifPresent(m -> all.add(new OwnedMac(m, Optional.of(new Device(b.name(), "bridge")), Optional.empty())));
      }
      for (GuestNic g : guestNics()) {
        all.add(new OwnedMac(g.nic().mac(), Optional.empty(), Optional.of(g)));
      }
      macs = Collections.unmodifiableList(all);
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
