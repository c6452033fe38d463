package dev.netgen.model;

/** An inclusive address range [start, end], each end with its own position. */
public record Range(Located<Ipv4> start, Located<Ipv4> end, Position at) {

  public long size() {
    return Math.max(0, end.value().unsigned() - start.value().unsigned() + 1);
  }

  public boolean contains(Ipv4 ip) {
    return start.value().compareTo(ip) <= 0 && ip.compareTo(end.value()) <= 0;
  }

  public boolean overlaps(Range other) {
    return start.value().compareTo(other.end.value()) <= 0
        && other.start.value().compareTo(end.value()) <= 0;
  }
}
