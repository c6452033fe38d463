package dev.netgen.model;

import java.util.Optional;

/**
 * The machine itself: its name for headers, its default target, the LAN it sits on, and the packet
 * filter its rules are written for.
 */
public record Host(
    Optional<Located<Domain>> name,
    Optional<Located<Distro>> distro,
    Optional<Upstream> upstream,
    Optional<Located<Firewall>> firewall) {

  public static Host empty() {
    return new Host(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The packet filter as written, else iptables: a model written before the key existed keeps the
   * scripts it had, so upgrading netgen never swaps a running host's firewall behind its back. New
   * models (the examples) write firewall: nftables.
   */
  public Firewall firewallOrDefault() {
    return firewall.map(Located::value).orElse(Firewall.IPTABLES);
  }
}
