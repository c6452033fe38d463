package dev.netgen.model;

import java.util.Locale;

/**
 * What a bridge's firewall rules let through, after libvirt's network modes: nat (masquerade out of
 * the uplink, replies back in), routed (forwarded both ways, no address rewriting) or isolated
 * (guests reach each other and the host, nothing is forwarded in or out).
 */
public enum BridgeMode {
  NAT,
  ROUTED,
  ISOLATED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
