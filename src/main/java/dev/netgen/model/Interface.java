package dev.netgen.model;

import java.util.Optional;

/** A NIC that exists on the host: netgen configures it, never creates it. */
public record Interface(
    Located<IfName> name,
    Located<NicType> type,
    Located<Address> address,
    Optional<Located<Ipv4>> gateway,
    Optional<Located<Mac>> mac,
    Optional<Located<Boolean>> fourAddr) {

  public boolean wireless() {
    return type.value() == NicType.WIRELESS;
  }

  public boolean fourAddrOn() {
    return fourAddr.map(Located::value).orElse(false);
  }
}
