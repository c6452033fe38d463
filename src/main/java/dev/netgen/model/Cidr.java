package dev.netgen.model;

import dev.netgen.text.Text;

/**
 * An address with its prefix length, as an interface carries it (172.16.1.1/24) or as a subnet is
 * named (172.16.1.0/24).
 */
public record Cidr(Ipv4 address, int prefix) {

  public static Cidr parse(String text) throws InvalidValueException {
    int slash = text.indexOf('/');
    String prefixText = slash < 0 ? "" : text.substring(slash + 1);
    if (slash < 0 || !prefixLength(prefixText)) {
      throw new InvalidValueException(
          "invalid CIDR " + Text.forMessage(text),
          "write an IPv4 address, '/' and a prefix length 0-32, e.g. 172.16.1.1/24");
    }
    return new Cidr(Ipv4.parse(text.substring(0, slash)), Integer.parseInt(prefixText));
  }

  /** The grammar of the prefix: [0-9]|[12][0-9]|3[0-2]. */
  private static boolean prefixLength(String text) {
    return Ascii.plainNumber(text, 0, text.length())
        && text.length() <= 2
        && Integer.parseInt(text) <= 32;
  }

  public long mask() {
    return prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
  }

  public Ipv4 network() {
    return new Ipv4((int) (address.unsigned() & mask()));
  }

  public Ipv4 broadcast() {
    return new Ipv4((int) ((address.unsigned() & mask()) | (~mask() & 0xffffffffL)));
  }

  /** The subnet this address lies in, as a network CIDR. */
  public Cidr subnet() {
    return new Cidr(network(), prefix);
  }

  public boolean isNetwork() {
    return address.equals(network());
  }

  public boolean contains(Ipv4 ip) {
    return (ip.unsigned() & mask()) == network().unsigned();
  }

  public long first() {
    return network().unsigned();
  }

  public long last() {
    return broadcast().unsigned();
  }

  public boolean overlaps(Cidr other) {
    return first() <= other.last() && other.first() <= last();
  }

  // equals and hashCode written out, with the values the generated ones give: a record's own are
  // linked through invokedynamic (ObjectMethods) on first use, which was a fifth of a small lint.
  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr other && other.prefix == prefix && other.address.equals(address);
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
