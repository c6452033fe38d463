package dev.netgen.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A Linux bridge, its ports, and what netgen runs on it (DHCP, NAT, MAC NAT, its mode). */
public record Bridge(
    Located<IfName> name,
    List<Located<IfName>> ports,
    Optional<Located<Mac>> mac,
    Located<Address> address,
    Optional<Located<Ipv4>> gateway,
    List<Located<Address6>> address6,
    Optional<Located<Ipv6>> gateway6,
    Optional<Located<Boolean>> stp,
    Optional<Located<Seconds>> forwardDelay,
    Optional<Located<Seconds>> helloTime,
    Optional<DhcpServer> dhcpServer,
    Optional<Uplink> nat,
    Optional<Uplink> macNat,
    Optional<Located<BridgeMode>> mode) {

  public Bridge {
    ports = List.copyOf(ports);
    address6 = List.copyOf(address6);
  }

  /** The kernel's forward delay when none is set (net/bridge/br_private.h, 15 s). */
  public static final Duration KERNEL_FORWARD_DELAY = Duration.ofSeconds(15);

  /**
   * How long a port passes no frames after it joins: with STP on, listening then learning, each a
   * forward delay long (the kernel's 15 s when none is set); without STP, no time at all.
   */
  public Duration portsForwardAfter() {
    if (!stpOn()) {
      return Duration.ZERO;
    }
    return forwardDelay.map(d -> d.value().duration()).orElse(KERNEL_FORWARD_DELAY).multipliedBy(2);
  }

  /**
   * Whether the bridge's own DHCP client has to wait for its ports: it takes its address by DHCP
   * with STP on, so nothing reaches the LAN's router for {@link #portsForwardAfter()} after the
   * ports join. Both targets render that wait, and lint measures it against the clients.
   */
  public boolean dhcpWaitsForPorts() {
    return stpOn() && address.value() instanceof Address.Dhcp;
  }

  /** {@link #portsForwardAfter()} in whole seconds, rounded up, as the tools' options count. */
  public long portsForwardAfterSeconds() {
    return (portsForwardAfter().toMillis() + 999) / 1000;
  }

  public boolean stpOn() {
    return stp.map(Located::value).orElse(false);
  }

  /**
   * What the firewall lets through: the mode written, else nat when nat: is given, else none (a
   * plain bridge, whose traffic netgen's rules leave alone).
   */
  public Optional<BridgeMode> effectiveMode() {
    return mode.map(Located::value).or(() -> nat.map(n -> BridgeMode.NAT));
  }

  /** The bridge's fixed IPv6 addresses with their prefixes, in the order written. */
  public List<Cidr6> staticCidr6() {
    return address6.stream()
        .map(Located::value)
        .flatMap(a -> a instanceof Address6.Static s ? Stream.of(s.cidr()) : Stream.empty())
        .toList();
  }

  /** Whether NAT66 is asked for this bridge (nat.ipv6). */
  public boolean nat66() {
    return nat.flatMap(Uplink::ipv6).map(Located::value).orElse(false);
  }

  /** The bridge's own address and prefix, when it has a fixed one. */
  public Optional<Cidr> staticCidr() {
    return address.value() instanceof Address.Static s ? Optional.of(s.cidr()) : Optional.empty();
  }
}
