package dev.netgen.model;

import java.util.Locale;

/**
 * Which packet filter netgen's NAT, forwarding and port-forward rules are written for: nftables
 * (etc/netgen/netgen.nft, loaded by nftables.sh) or iptables (etc/netgen/iptables.sh). MAC NAT is
 * ebtables' under both (docs/firewall.md says why).
 */
public enum Firewall {
  NFTABLES,
  IPTABLES;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
