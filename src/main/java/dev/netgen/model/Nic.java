package dev.netgen.model;

import java.util.Optional;

/**
 * One guest NIC: what it is plugged into, its own MAC, and its reserved address. It names either a
 * tap netgen creates or a bridge, on which qemu-bridge-helper creates a tap when the guest starts
 * (the loader makes sure exactly one of the two is written).
 */
public record Nic(
    Optional<Located<IfName>> tap,
    Optional<Located<IfName>> bridge,
    Located<Mac> mac,
    Optional<Located<NicModel>> model,
    Optional<Located<Ipv4>> ip,
    Optional<Located<Ipv6>> ip6,
    Position at) {

  public NicModel modelOrDefault() {
    return model.map(Located::value).orElse(NicModel.DEFAULT);
  }

  /** The device the NIC names: its tap, or the bridge a helper puts its tap on. */
  public Located<IfName> device() {
    return tap.or(() -> bridge).orElseThrow();
  }

  /** Whether another program (qemu-bridge-helper) creates this NIC's tap on a bridge. */
  public boolean helperTap() {
    return tap.isEmpty();
  }
}
