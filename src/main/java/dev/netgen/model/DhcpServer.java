package dev.netgen.model;

import java.util.List;
import java.util.Optional;

/** dnsmasq serving DHCP on one bridge. */
public record DhcpServer(
    Range range,
    Optional<Located<Lease>> lease,
    Optional<Located<Ipv4>> router,
    List<Located<Ipv4>> dns,
    Optional<Located<Domain>> domain,
    Optional<Dhcp6Server> ipv6,
    Position at) {

  public DhcpServer {
    dns = List.copyOf(dns);
  }
}
