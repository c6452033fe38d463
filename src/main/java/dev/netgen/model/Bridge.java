package dev.netgen.model;

import java.util.List;
import java.util.Optional;

/** A Linux bridge, its ports, and what netgen runs on it (DHCP, NAT, MAC NAT). */
public record Bridge(
    Located<IfName> name,
    List<Located<IfName>> ports,
    Optional<Located<Mac>> mac,
    Located<Address> address,
    Optional<Located<Ipv4>> gateway,
    Optional<Located<Boolean>> stp,
    Optional<Located<Seconds>> forwardDelay,
    Optional<Located<Seconds>> helloTime,
    Optional<DhcpServer> dhcpServer,
    Optional<Uplink> nat,
    Optional<Uplink> macNat) {

  public Bridge {
    ports = List.copyOf(ports);
  }

  public boolean stpOn() {
    return stp.map(Located::value).orElse(false);
  }

  /** The bridge's own address and prefix, when it has a fixed one. */
  public Optional<Cidr> staticCidr() {
    return address.value() instanceof Address.Static s ? Optional.of(s.cidr()) : Optional.empty();
  }
}
