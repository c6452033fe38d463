package dev.netgen.render.debian;

import dev.netgen.render.RenderContext;
import java.util.List;
import java.util.Optional;

/**
 * The data of ifupdown's interfaces(5) file: one stanza per device in the order {@code ifup -a}
 * must bring them up, and the few facts the header notes depend on. Built by {@link
 * InterfacesViewBuilder}; every string is printed as is.
 *
 * @param mainFile the file is /etc/network/interfaces itself, so it also carries lo and the {@code
 *     source} line of a stock Debian file; elsewhere it is a fragment that file sources
 * @param dnsmasqConf where dnsmasq's config goes, or "" when no bridge has a DHCP server
 * @param dnsmasqInstance whether netgen's own dnsmasq@netgen.service reads it (not moved by
 *     outputs:)
 * @param fourAddress some bridge switches a wireless port to 4-address mode (needs iw)
 * @param resolvers a stanza carries the host's resolvers (dns-nameservers, dns-search), which only
 *     resolvconf's ifupdown hook reads
 */
public record InterfacesView(
    boolean mainFile,
    String dnsmasqConf,
    boolean dnsmasqInstance,
    boolean fourAddress,
    boolean resolvers,
    List<Stanza> stanzas) {
  /**
   * One {@code iface} stanza under a comment line. start is its "auto NAME" or "allow-hotplug NAME"
   * line, or "" for a bridge port, which its bridge brings up.
   */
  public record Stanza(String comment, String start, String iface, List<Option> options) {}

  /** An option line inside a stanza: the option's name, a space, its value. */
  public record Option(String name, String value) {}

  /** The interfaces file is written for every model: even an empty one says netgen owns it. */
  static Optional<InterfacesView> of(RenderContext context) {
    return Optional.of(new InterfacesViewBuilder(context).build());
  }
}
