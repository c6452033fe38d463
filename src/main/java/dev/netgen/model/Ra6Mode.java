package dev.netgen.model;

import java.util.Locale;

/**
 * How guests on a bridge get IPv6 from its dnsmasq: slaac (router advertisements only, guests build
 * their own addresses), stateless (SLAAC, and DHCPv6 for other settings) or stateful (DHCPv6 leases
 * addresses from a range, and reserved ones).
 */
public enum Ra6Mode {
  SLAAC,
  STATELESS,
  STATEFUL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether guests build their own addresses from the advertised prefix. */
  public boolean autonomous() {
    return this != STATEFUL;
  }
}
