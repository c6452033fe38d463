package dev.netgen.render.common;

import dev.netgen.model.Bridge;
import dev.netgen.model.DhcpServer;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.render.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * dnsmasq.conf: one section per bridge with a dhcp_server. Options are tagged with the bridge's
 * name, a tag dnsmasq sets by itself on every request that arrives on that interface, so each
 * bridge's router, DNS servers and domain reach only its own guests.
 */
public record DnsmasqView(List<Served> bridges) {
  /**
   * One served bridge. Empty strings mean "not set": the template leaves the line out. range is
   * START,END[,LEASE]; dns is the comma list of servers; domain is DOMAIN[,SUBNET].
   */
  public record Served(
      String name,
      String subnet,
      String range,
      String router,
      String dns,
      String domain,
      List<Reservation> hosts) {}

  /** A dhcp-host line: the guest NIC's MAC always gets this address. */
  public record Reservation(String mac, String ip) {}

  public static Optional<DnsmasqView> of(RenderContext context) {
    var served = new ArrayList<Served>();
    for (Bridge bridge : context.model().bridges().values()) {
      bridge.dhcpServer().ifPresent(dhcp -> served.add(served(context, bridge, dhcp)));
    }
    return served.isEmpty() ? Optional.empty() : Optional.of(new DnsmasqView(served));
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
    var hosts =
        context.wiring().reservedNics(bridge).stream()
            .map(
                g ->
                    new Reservation(
                        g.nic().mac().value().toString(),
                        g.nic().ip().orElseThrow().value().toString()))
            .toList();
    return new Served(
        bridge.name().value().text(),
        cidr.map(c -> c.subnet().toString()).orElse(""),
        range,
        router,
        dns,
        domain,
        hosts);
  }
}
