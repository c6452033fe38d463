package dev.netgen.model;

/** An inclusive IPv6 address range [start, end], each end with its own position. */
public record Range6(Located<Ipv6> start, Located<Ipv6> end, Position at) {
  public boolean contains(Ipv6 ip) {
    return start.value().compareTo(ip) <= 0 && ip.compareTo(end.value()) <= 0;
  }
}
