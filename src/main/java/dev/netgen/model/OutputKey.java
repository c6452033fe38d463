package dev.netgen.model;

import java.util.Locale;

/** The files whose place the model's `outputs:` may change. */
public enum OutputKey {
  NET,
  INTERFACES,
  DNSMASQ,
  SYSCTL,
  IPTABLES,
  EBTABLES,
  QEMU;

  public String yamlKey() {
    return name().toLowerCase(Locale.ROOT);
  }
}
