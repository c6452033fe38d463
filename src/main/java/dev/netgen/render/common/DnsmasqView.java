package dev.netgen.render.common;

import dev.netgen.model.Bridge;
import dev.netgen.model.Cidr6;
import dev.netgen.model.Dhcp6Server;
import dev.netgen.model.DhcpServer;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Ipv6;
import dev.netgen.model.Located;
import dev.netgen.model.Nic;
import dev.netgen.render.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * dnsmasq.conf: one section per bridge with a dhcp_server. Each bridge's dhcp-range sets the tag
 * netgen-BRIDGE and its options require it, so each bridge's router and DNS servers reach only its
 * own guests. Not the interface-name tag dnsmasq sets by itself: dnsmasq also sets tags of its own
 * (known on every request a dhcp-host matches), so a bridge named known would have captured the
 * options of every reserved guest on every bridge. name-valid refuses device names that start with
 * the prefix, whose interface tag would be another bridge's own tag.
 */
public record DnsmasqView(boolean enableRa, List<Served> bridges) {
  /** What a bridge's own tag starts with; the rest is the bridge's name. */
  public static final String TAG_PREFIX = "netgen-";

  /**
   * One served bridge. Empty strings mean "not set": the template leaves the line out. tag is the
   * bridge's own dnsmasq tag; range is START,END[,LEASE]; dns is the comma list of servers; domain
   * is DOMAIN[,SUBNET].
   */
  public record Served(
      String name,
      String tag,
      String subnet,
      String range,
      String router,
      String dns,
      String domain,
      String range6,
      List<Reservation> hosts) {}

  /**
   * A dhcp-host line: the guest NIC's MAC always gets these addresses, its IPv4 one and its IPv6
   * one in brackets. dnsmasq learns a DHCPv6 client's MAC on a directly connected link whatever
   * DUID the client sends, and the DUID is the guest's own choice, so the MAC is what matches.
   */
  public record Reservation(String mac, String ip) {}

  public static Optional<DnsmasqView> of(RenderContext context) {
    var served = new ArrayList<Served>();
    for (Bridge bridge : context.model().bridges().values()) {
      bridge.dhcpServer().ifPresent(dhcp -> served.add(served(context, bridge, dhcp)));
    }
    boolean ra = served.stream().anyMatch(s -> !s.range6().isEmpty());
    return served.isEmpty() ? Optional.empty() : Optional.of(new DnsmasqView(ra, served));
  }

  private static Served served(RenderContext context, Bridge bridge, DhcpServer dhcp) {
    var cidr = bridge.staticCidr();
    String range =
        dhcp.range().start().value()
            + ","
            + dhcp.range().end().value()
            + dhcp.lease().map(l -> "," + l.value()).orElse("");
    // docs/model.md: the router defaults to the bridge's own address.
    String router =
        dhcp.router()
            .map(Located::value)
            .or(() -> cidr.map(c -> c.address()))
            .map(Ipv4::toString)
            .orElse("");
    String dns =
        dhcp.dns().stream().map(d -> d.value().toString()).collect(Collectors.joining(","));
    String domain =
        dhcp.domain().map(d -> d.value() + cidr.map(c -> "," + c.subnet()).orElse("")).orElse("");
    boolean v6 = dhcp.ipv6().isPresent();
    var hosts =
        context.wiring().nicsOn(bridge).stream()
            .map(g -> g.nic())
            .filter(n -> n.ip().isPresent() || (v6 && n.ip6().isPresent()))
            .map(n -> new Reservation(n.mac().value().toString(), reserved(n, v6)))
            .toList();
    return new Served(
        bridge.name().value().text(),
        TAG_PREFIX + bridge.name().value().text(),
        cidr.map(c -> c.subnet().toString()).orElse(""),
        range,
        router,
        dns,
        domain,
        dhcp.ipv6().map(d -> range6(bridge, d)).orElse(""),
        hosts);
  }

  private static String reserved(Nic nic, boolean v6) {
    var ips = new ArrayList<String>();
    nic.ip().ifPresent(ip -> ips.add(ip.value().toString()));
    if (v6) {
      nic.ip6().ifPresent(ip -> ips.add("[" + ip.value() + "]"));
    }
    return String.join(",", ips);
  }

  /**
   * The IPv6 dhcp-range after the tag: the bridge's prefix written out when it has a fixed IPv6
   * address (the one holding the DHCPv6 range, else its first), else constructor:BRIDGE, which
   * takes the prefix from whatever address the bridge has when dnsmasq looks; then what the mode
   * asks for (ra-only, ra-stateless or the DHCPv6 pool), the prefix length and the lease.
   */
  static String range6(Bridge bridge, Dhcp6Server dhcp6) {
    var prefixes = bridge.staticCidr6();
    var own =
        prefixes.stream()
            .filter(c -> dhcp6.range().map(r -> c.contains(r.start().value())).orElse(true))
            .findFirst()
            .or(() -> prefixes.stream().findFirst());
    String constructor = own.isPresent() ? "" : ",constructor:" + bridge.name().value().text();
    String prefix = own.map(c -> c.network().toString()).orElse("::");
    String what =
        switch (dhcp6.mode().value()) {
          case SLAAC -> prefix + constructor + ",ra-only";
          case STATELESS -> prefix + constructor + ",ra-stateless";
          case STATEFUL ->
              dhcp6
                      .range()
                      .map(
                          r ->
                              hostPart(r.start().value(), own)
                                  + ","
                                  + hostPart(r.end().value(), own))
                      .orElse(prefix)
                  + constructor;
        };
    return what
        + ","
        + own.map(Cidr6::prefix).orElse(64)
        + dhcp6.lease().map(l -> "," + l.value()).orElse("");
  }

  /** With constructor:, dnsmasq wants the range's host part only (::100); else the whole. */
  private static String hostPart(Ipv6 ip, Optional<Cidr6> own) {
    return own.isPresent() ? ip.toString() : new Ipv6(0, ip.low()).toString();
  }
}
