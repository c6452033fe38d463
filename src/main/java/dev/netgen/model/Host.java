package dev.netgen.model;

import java.util.List;
import java.util.Optional;

/**
 * The machine itself: its name for headers, its default target, the LAN it sits on, the packet
 * filter its rules are written for, and its own resolvers (name servers and search domains).
 */
public record Host(
    Optional<Located<Domain>> name,
    Optional<Located<Distro>> distro,
    Optional<Upstream> upstream,
    Optional<Located<Firewall>> firewall,
    List<Located<Ipv4>> dns,
    List<Located<Domain>> search) {

  public Host {
    dns = List.copyOf(dns);
    search = List.copyOf(search);
  }

  public static Host empty() {
    return new Host(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  /** Whether the model sets resolvers for the host itself. */
  public boolean hasResolvers() {
    return !dns.isEmpty() || !search.isEmpty();
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
