package dev.netgen.model;

import java.util.List;
import java.util.Locale;

/**
 * The files whose place the model's `outputs:` may change, each with the places its consuming tool
 * reads it from. An output elsewhere is read by nothing, or by something else: a model from an
 * untrusted generator could otherwise put a dnsmasq file into /etc/cron.d. A place is a path
 * (exactly that file), a folder ending in '/' (anything below it) or a prefix ending in '*' (any
 * path whose text starts with it); see docs/formats.md for where each tool reads.
 */
public enum OutputKey {
  /** netifrc sources /etc/conf.d/net only; /etc/conf.d is where OpenRC keeps service settings. */
  NET("etc/conf.d/"),
  /** ifupdown reads /etc/network/interfaces and what it sources (interfaces.d). */
  INTERFACES("etc/network/"),
  /** dnsmasq.conf, an instance's dnsmasq.NAME.conf, or a file in a conf-dir such as dnsmasq.d. */
  DNSMASQ("etc/dnsmasq*"),
  /** procps' sysctl --system and OpenRC's sysctl service read these two. */
  SYSCTL("etc/sysctl.d/", "etc/sysctl.conf"),
  /** The firewall scripts are run by path from the network config; netgen's own folder. */
  IPTABLES("etc/netgen/"),
  EBTABLES("etc/netgen/"),
  /** nftables.sh, run like iptables.sh; it loads the rules file, read by nft -f only. */
  NFTABLES("etc/netgen/"),
  NFTABLES_RULES("etc/netgen/"),
  /** Read by whatever starts the guests; netgen's folder or QEMU's own. */
  QEMU("etc/netgen/", "etc/qemu/"),
  /** qemu-bridge-helper reads /etc/qemu/bridge.conf and the files it includes by path. */
  BRIDGE_CONF("etc/qemu/");

  @SuppressWarnings(
      "ImmutableEnumChecker") // List.of(...): unmodifiable, though its type does not say so
  private final List<String> places;

  OutputKey(String... places) {
    this.places = List.of(places);
  }

  public String yamlKey() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The places as a user writes them, for messages and docs: /etc/dnsmasq*, /etc/sysctl.d/. */
  public List<String> places() {
    return places.stream().map(p -> "/" + p).toList();
  }

  /** Whether the consuming tool reads a file at this path. */
  public boolean readsFrom(OutputPath path) {
    String text = path.relative();
    for (String place : places) {
      boolean inside =
          place.endsWith("*")
              ? text.startsWith(place.substring(0, place.length() - 1))
              : place.endsWith("/") ? text.startsWith(place) : text.equals(place);
      if (inside) {
        return true;
      }
    }
    return false;
  }
}
