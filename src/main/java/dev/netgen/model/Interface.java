package dev.netgen.model;

import java.util.List;
import java.util.Optional;

/** A NIC that exists on the host: netgen configures it, never creates it. */
public record Interface(
    Located<IfName> name,
    Located<NicType> type,
    Located<Address> address,
    Optional<Located<Ipv4>> gateway,
    List<Located<Address6>> address6,
    Optional<Located<Ipv6>> gateway6,
    Optional<Located<Mac>> mac,
    Optional<Located<Boolean>> fourAddr) {

  public Interface {
    address6 = List.copyOf(address6);
  }

  public boolean wireless() {
    return type.value() == NicType.WIRELESS;
  }

  public boolean fourAddrOn() {
    return fourAddr.map(Located::value).orElse(false);
  }
}
