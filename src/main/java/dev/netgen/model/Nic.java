package dev.netgen.model;

import java.util.Optional;

/** One guest NIC: the tap it is plugged into, its own MAC, and its reserved address. */
public record Nic(
    Located<IfName> tap,
    Located<Mac> mac,
    Optional<Located<NicModel>> model,
    Optional<Located<Ipv4>> ip,
    Optional<Located<Ipv6>> ip6,
    Position at) {

  public NicModel modelOrDefault() {
    return model.map(Located::value).orElse(NicModel.DEFAULT);
  }
}
