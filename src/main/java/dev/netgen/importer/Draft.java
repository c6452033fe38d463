package dev.netgen.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model as import builds it up, in the model's shape: every value a checked {@link Val} with
 * its origin, maps in the order the host files first name a device. {@link ModelText} writes it.
 */
final class Draft {
  Val hostName;
  final List<Val> hostDns = new ArrayList<>();
  final List<Val> hostSearch = new ArrayList<>();
  final Map<String, Iface> interfaces = new LinkedHashMap<>();
  final Map<String, TapDraft> taps = new LinkedHashMap<>();
  final Map<String, BridgeDraft> bridges = new LinkedHashMap<>();
  final Map<String, List<NicDraft>> guests = new LinkedHashMap<>();
  Val forwarding;
  final Map<Output, Val> outputs = new EnumMap<>(Output.class);

  /** The outputs a model can move, by their key under outputs:. */
  enum Output {
    NET,
    INTERFACES,
    DNSMASQ,
    SYSCTL,
    IPTABLES,
    EBTABLES,
    QEMU
  }

  static final class Iface {
    Val type;
    Val address;
    Val gateway;
    Val mac;
    Val fourAddr;
  }

  static final class TapDraft {
    final Origin from;
    Val owner;
    Val group;
    Val mac;

    TapDraft(Origin from) {
      this.from = from;
    }
  }

  static final class BridgeDraft {
    Val ports;
    final List<Val> portList = new ArrayList<>();
    Val mac;
    Val address;
    Val gateway;
    Val stp;
    Val forwardDelay;
    Val helloTime;
    Dhcp dhcp;
    Val nat;
    Val macNat;
  }

  static final class Dhcp {
    Val rangeStart;
    Val rangeEnd;
    Val lease;
    Val router;
    final List<Val> dns = new ArrayList<>();
    Val domain;
    final List<Val> servers = new ArrayList<>();
  }

  static final class NicDraft {
    Val tap;
    Val mac;
    Val model;
    Val ip;
  }

  Iface iface(String name) {
    return interfaces.computeIfAbsent(name, n -> new Iface());
  }

  BridgeDraft bridge(String name) {
    return bridges.computeIfAbsent(name, n -> new BridgeDraft());
  }

  /** The name of the bridge whose ports include this device, if any. */
  Optional<String> bridgeOf(String port) {
    for (var e : bridges.entrySet()) {
      if (e.getValue().portList.stream().anyMatch(p -> p.text().equals(port))) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Guest NICs by MAC and the taps guests use, kept with guests so that a lookup stays constant
   * time.
   */
  private final Map<String, NicDraft> nicByMac = new java.util.HashMap<>();

  private final java.util.Set<String> usedTaps = new java.util.HashSet<>();

  void addGuest(String name, List<NicDraft> nics) {
    guests.put(name, nics);
    for (var n : nics) {
      nicByMac.putIfAbsent(n.mac.text(), n);
      usedTaps.add(n.tap.text());
    }
  }

  Optional<NicDraft> nicWithMac(String mac) {
    return Optional.ofNullable(nicByMac.get(mac));
  }

  boolean tapUsed(String tap) {
    return usedTaps.contains(tap);
  }

  boolean isDevice(String name) {
    return interfaces.containsKey(name) || taps.containsKey(name) || bridges.containsKey(name);
  }
}
