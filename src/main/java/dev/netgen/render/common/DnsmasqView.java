package dev.netgen.render.common;

import dev.netgen.model.Bridge;
import dev.netgen.model.DhcpServer;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.render.RenderContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
public record DnsmasqView(List<Served> bridges, List<String> servers) {
  /** What a bridge's own tag starts with; the rest is the bridge's name. */
  public static final String TAG_PREFIX = "netgen-";

  /**
   * One served bridge. Empty strings mean "not set": the template leaves the line out. tag is the
   * bridge's own dnsmasq tag; range is START,END[,LEASE]; dns is the comma list of servers; domain
   * is DOMAIN[,SUBNET]; local is the domain alone, which dnsmasq answers itself.
   */
  public record Served(
      String name,
      String tag,
      String subnet,
      String range,
      String router,
      String dns,
      String domain,
      String local,
      List<Reservation> hosts) {}

  /**
   * A dhcp-host line: the guest NIC's MAC always gets this address and this host name ("" when not
   * set: no reserved address, or no name, which the guest's first NIC on the bridge only carries).
   */
  public record Reservation(String mac, String ip, String name) {}

  public static Optional<DnsmasqView> of(RenderContext context) {
    var served = new ArrayList<Served>();
    for (Bridge bridge : context.model().bridges().values()) {
      bridge.dhcpServer().ifPresent(dhcp -> served.add(served(context, bridge, dhcp)));
    }
    return served.isEmpty()
        ? Optional.empty()
        : Optional.of(new DnsmasqView(served, servers(context)));
  }

  /**
   * The upstream servers of every bridge, once each in model order: dnsmasq forwards every query it
   * cannot answer to the same list, whichever interface it came in on.
   */
  private static List<String> servers(RenderContext context) {
    var all = new LinkedHashSet<String>();
    for (Bridge bridge : context.model().bridges().values()) {
      bridge.dhcpServer().ifPresent(d -> d.servers().forEach(s -> all.add(s.value().toString())));
    }
    return List.copyOf(all);
  }

  /**
   * One dhcp-host line per guest NIC on the bridge that has a reserved address or carries its
   * guest's name: a guest name that is a host name (GuestName.isHostName) goes on the guest's first
   * NIC on the bridge only, since dnsmasq gives a name to one lease at a time.
   */
  private static List<Reservation> hosts(RenderContext context, Bridge bridge) {
    var named = new HashSet<String>();
    var hosts = new ArrayList<Reservation>();
    for (var g : context.wiring().nicsOn(bridge)) {
      var guestName = g.guest().name().value();
      String name = guestName.isHostName() && named.add(guestName.text()) ? guestName.text() : "";
      String ip = g.nic().ip().map(i -> i.value().toString()).orElse("");
      if (!ip.isEmpty() || !name.isEmpty()) {
        hosts.add(new Reservation(g.nic().mac().value().toString(), ip, name));
      }
    }
    return hosts;
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
    return new Served(
        bridge.name().value().text(),
        TAG_PREFIX + bridge.name().value().text(),
        cidr.map(c -> c.subnet().toString()).orElse(""),
        range,
        router,
        dns,
        domain,
        dhcp.domain().map(d -> d.value().toString()).orElse(""),
        hosts(context, bridge));
  }
}
