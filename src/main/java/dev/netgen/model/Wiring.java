package dev.netgen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is plugged into what, as lookups by name that lint rules and render views share: the bridge
 * of a port, the guest NICs on a bridge, the ports that are interfaces, the devices and MACs the
 * model declares. Each part is built the first time it is asked for, in one linear pass, so a
 * 4,000-bridge model stays linear and a run pays only for the parts it uses. A lint builds one and
 * a render builds one; read-only once built, one run, one thread.
 */
public final class Wiring {
  /** A guest NIC with its guest and its 1-based number among the guest's NICs. */
  public record GuestNic(Guest guest, int number, Nic nic) {
    /** "NIC 2 of guest 'win7'", as messages name it. */
    public String label() {
      return "NIC " + number + " of guest '" + guest.name().value() + "'";
    }
  }

  /**
   * A bridge port that is a declared interface: its name where the bridge lists it, and the
   * interface.
   */
  public record InterfacePort(Located<IfName> name, Interface iface) {}

  /** A declared device: an interface, a tap or a bridge. */
  public record Device(Located<IfName> name, String kind) {
    /** "tap 'tap0'", as messages name it. */
    public String label() {
      return kind + " '" + name.value() + "'";
    }
  }

  /** A MAC written in the model and who carries it: a device, or a guest NIC. */
  public record OwnedMac(Located<Mac> mac, Optional<Device> device, Optional<GuestNic> nic) {
    public String owner() {
      return device.map(Device::label).orElseGet(() -> nic.orElseThrow().label());
    }
  }

  private final Model model;
  private Map<String, Bridge> bridgeOfPort;
  private List<GuestNic> guestNics;
  private Map<String, List<GuestNic>> nicsOnBridge;
  private List<Device> devices;
  private List<OwnedMac> macs;
  private Set<String> startedAtBootNames;

  private Wiring(Model model) {
    this.model = model;
  }

  public static Wiring of(Model model) {
    return new Wiring(model);
  }

  /** The bridge that lists the device as a port; with a port in two bridges, the first one. */
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

  /**
   * The bridge a guest NIC is on: the one that lists its tap as a port, or the declared bridge it
   * names for qemu-bridge-helper.
   */
  public Optional<Bridge> bridgeOf(Nic nic) {
    return nic.bridge()
        .map(b -> Optional.ofNullable(model.bridges().get(b.value().text())))
        .orElseGet(() -> bridgeOf(nic.device().value().text()));
  }

  /**
   * The bridges guest NICs name for qemu-bridge-helper, each once, in model order: the helper's ACL
   * must allow each of them.
   */
  public List<Bridge> helperBridges() {
    return model.bridges().values().stream()
        .filter(b -> nicsOn(b).stream().anyMatch(g -> g.nic().helperTap()))
        .toList();
  }

  /** Every guest NIC, in model order (guests, then their NICs). */
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

  /** The guest NICs on the bridge (their tap is its port, or they name it), in model order. */
  public List<GuestNic> nicsOn(Bridge bridge) {
    if (nicsOnBridge == null) {
      var map = new HashMap<String, List<GuestNic>>();
      for (GuestNic guestNic : guestNics()) {
        bridgeOf(guestNic.nic())
            .ifPresent(
                b ->
                    map.computeIfAbsent(b.name().value().text(), k -> new ArrayList<>())
                        .add(guestNic));
      }
      nicsOnBridge = map;
    }
    return nicsOnBridge.getOrDefault(bridge.name().value().text(), List.of());
  }

  /**
   * The NIC a guest's port forwards go to: its first NIC on a bridge in nat mode that has a
   * reserved address, or empty when it has none (lint's forward-target says which part is missing).
   */
  public Optional<GuestNic> forwardTarget(Guest guest) {
    int number = 1;
    for (Nic nic : guest.nics()) {
      var guestNic = new GuestNic(guest, number++, nic);
      if (nic.ip().isPresent() && behindNat(guestNic)) {
        return Optional.of(guestNic);
      }
    }
    return Optional.empty();
  }

  /** Whether the NIC is on a bridge in nat mode. */
  public boolean behindNat(GuestNic guestNic) {
    return bridgeOf(guestNic.nic())
        .flatMap(Bridge::effectiveMode)
        .filter(m -> m == BridgeMode.NAT)
        .isPresent();
  }

  /** The guest NICs on the bridge that have a fixed address. */
  public List<GuestNic> reservedNics(Bridge bridge) {
    return nicsOn(bridge).stream().filter(g -> g.nic().ip().isPresent()).toList();
  }

  /** The bridge's ports that are declared interfaces (NICs that exist), in port order. */
  public List<InterfacePort> interfacePorts(Bridge bridge) {
    var ports = new ArrayList<InterfacePort>();
    for (Located<IfName> port : bridge.ports()) {
      Interface iface = model.interfaces().get(port.value().text());
      if (iface != null) {
        ports.add(new InterfacePort(port, iface));
      }
    }
    return ports;
  }

  /**
   * The subnet a bridge's hosts live in: its own when it has a fixed address; the LAN's
   * (upstream.subnet) when it has a physical port and no fixed address, since it is bridged onto
   * the LAN; otherwise unknown.
   */
  public Optional<Cidr> subnetOf(Bridge bridge) {
    var own = bridge.staticCidr().map(Cidr::subnet);
    if (own.isPresent() || interfacePorts(bridge).isEmpty()) {
      return own;
    }
    return model.host().upstream().map(u -> u.subnet().value());
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
      var all =
          new ArrayList<Device>(
              model.interfaces().size() + model.taps().size() + model.bridges().size());
      model.interfaces().values().forEach(i -> all.add(new Device(i.name(), "interface")));
      model.taps().values().forEach(t -> all.add(new Device(t.name(), "tap")));
      model.bridges().values().forEach(b -> all.add(new Device(b.name(), "bridge")));
      devices = Collections.unmodifiableList(all);
    }
    return devices;
  }

  /**
   * The devices a host brings up by itself at boot: every declared device that is not a bridge port
   * (bridges, uplinks and other interfaces, unbridged taps) and not written {@code autostart:
   * false}, in {@link #devices()} order. A port comes up with its bridge instead, which needs it.
   * This is the one place that decides what starts at boot: both targets' renders and check use it.
   */
  public List<Device> startedAtBoot() {
    return devices().stream()
        .filter(d -> bridgeOf(d.name().value().text()).isEmpty() && autostart(d))
        .toList();
  }

  /**
   * Whether the device is up after boot: started by itself ({@link #startedAtBoot()}), or a port of
   * a bridge that is. A port of a bridge written {@code autostart: false} stays down with it.
   */
  public boolean upAfterBoot(String device) {
    if (startedAtBootNames == null) {
      var names = new HashSet<String>();
      startedAtBoot().forEach(d -> names.add(d.name().value().text()));
      startedAtBootNames = names;
    }
    // One level only: a bridge listed as a port of another is no case to follow (lint's
    // port-exists).
    String starter = bridgeOf(device).map(b -> b.name().value().text()).orElse(device);
    return startedAtBootNames.contains(starter);
  }

  private boolean autostart(Device device) {
    String name = device.name().value().text();
    return switch (device.kind()) {
      case "interface" -> model.interfaces().get(name).autostartOn();
      case "bridge" -> model.bridges().get(name).autostartOn();
      default -> true;
    };
  }

  /**
   * The device whose configuration carries the host's own resolvers (host.dns, host.search), as
   * ifupdown's and netifrc's resolv.conf hooks read them per device: of the devices brought up at
   * boot that have an address, the first with a gateway (the default route), else the first that
   * takes its address by DHCP, else the first with a fixed address. Empty when none has an address.
   */
  public Optional<Located<IfName>> resolverDevice() {
    var candidates = new ArrayList<Addressed>();
    for (Device device : startedAtBoot()) {
      Interface iface = model.interfaces().get(device.name().value().text());
      Bridge bridge = model.bridges().get(device.name().value().text());
      if (iface != null) {
        candidates.add(new Addressed(iface.name(), iface.address().value(), iface.gateway()));
      } else if (bridge != null) {
        candidates.add(new Addressed(bridge.name(), bridge.address().value(), bridge.gateway()));
      }
    }
    return candidates.stream()
        .filter(c -> c.gateway().isPresent())
        .findFirst()
        .or(() -> candidates.stream().filter(c -> c.address() instanceof Address.Dhcp).findFirst())
        .or(
            () ->
                candidates.stream().filter(c -> c.address() instanceof Address.Static).findFirst())
        .map(Addressed::name);
  }

  /** An interface or bridge brought up at boot, with what decides whether it holds resolvers. */
  private record Addressed(
      Located<IfName> name, Address address, Optional<Located<Ipv4>> gateway) {}

  /** Every MAC the model writes: of interfaces, taps, bridges and guest NICs. */
  public List<OwnedMac> macs() {
    if (macs == null) {
      var all = new ArrayList<OwnedMac>();
      for (Interface i : model.interfaces().values()) {
        i.mac()
            .ifPresent(
                m ->
                    all.add(
                        new OwnedMac(
                            m, Optional.of(new Device(i.name(), "interface")), Optional.empty())));
      }
      for (Tap t : model.taps().values()) {
        t.mac()
            .ifPresent(
                m ->
                    all.add(
                        new OwnedMac(
                            m, Optional.of(new Device(t.name(), "tap")), Optional.empty())));
      }
      for (Bridge b : model.bridges().values()) {
        b.mac()
            .ifPresent(
                m ->
                    all.add(
                        new OwnedMac(
                            m, Optional.of(new Device(b.name(), "bridge")), Optional.empty())));
      }
      for (GuestNic g : guestNics()) {
        all.add(new OwnedMac(g.nic().mac(), Optional.empty(), Optional.of(g)));
      }
      macs = Collections.unmodifiableList(all);
    }
    return macs;
  }
}
