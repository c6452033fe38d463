package dev.netgen.model;

import dev.netgen.text.Text;

/**
 * An IPv6 address with its prefix length, as a device carries it (fd00:1::1/64) or as a prefix is
 * named (fd00:1::/64); printed in canonical text (see {@link Ipv6}).
 */
public record Cidr6(Ipv6 address, int prefix) {

  /** The grammar: an {@link Ipv6}, '/', and 0|[1-9][0-9]?|1[01][0-9]|12[0-8]. */
  public static Cidr6 parse(String text) throws InvalidValueException {
    int slash = text.indexOf('/');
    String prefixText = slash < 0 ? "" : text.substring(slash + 1);
    if (slash < 0 || !prefixLength(prefixText)) {
      throw new InvalidValueException(
          "invalid IPv6 prefix " + Text.forMessage(text),
          "write an IPv6 address, '/' and a prefix length 0-128, e.g. fd00:1::1/64");
    }
    return new Cidr6(Ipv6.parse(text.substring(0, slash)), Integer.parseInt(prefixText));
  }

  private static boolean prefixLength(String text) {
    return Ascii.plainNumber(text, 0, text.length())
        && text.length() <= 3
        && Integer.parseInt(text) <= 128;
  }

  private static long maskOf(int bits) {
    return bits <= 0 ? 0 : bits >= 64 ? -1L : -1L << (64 - bits);
  }

  /** The prefix itself: the address with its host bits cleared. */
  public Ipv6 network() {
    return new Ipv6(address.high() & maskOf(prefix), address.low() & maskOf(prefix - 64));
  }

  /** The prefix this address lies in, as a network Cidr6. */
  public Cidr6 subnet() {
    return new Cidr6(network(), prefix);
  }

  public boolean isNetwork() {
    return address.equals(network());
  }

  public boolean contains(Ipv6 ip) {
    return new Cidr6(ip, prefix).network().equals(network());
  }

  /** Whether the two prefixes share an address: one holds the other's network. */
  public boolean overlaps(Cidr6 other) {
    return prefix <= other.prefix ? contains(other.address) : other.contains(address);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr6 other && other.prefix == prefix && other.address.equals(address);
  }

  @Override
  public int hashCode() {
    return 31 * address.hashCode() + Integer.hashCode(prefix);
  }

  @Override
  public String toString() {
    return address + "/" + prefix;
  }
}
