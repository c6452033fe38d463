package dev.netgen.model;

import java.util.List;
import java.util.Optional;

/**
 * dnsmasq serving DHCP on one bridge, and DNS to its guests: dns is what the guests are told to ask
 * (default: dnsmasq on the bridge), servers where dnsmasq forwards what it cannot answer.
 */
public record DhcpServer(
    Range range,
    Optional<Located<Lease>> lease,
    Optional<Located<Ipv4>> router,
    List<Located<Ipv4>> dns,
    Optional<Located<Domain>> domain,
    Optional<Dhcp6Server> ipv6,
    List<Located<Ipv4>> servers,
    Position at) {

  public DhcpServer {
    dns = List.copyOf(dns);
    servers = List.copyOf(servers);
  }
}
