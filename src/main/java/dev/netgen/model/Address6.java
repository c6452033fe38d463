package dev.netgen.model;

/** One way a device gets an IPv6 address; a device may have several (its address6 list). */
public sealed interface Address6 {
  /** SLAAC: an address from the prefix of a router advertisement on the link. */
  record Auto() implements Address6 {}

  /** Leased from a DHCPv6 server on the link. */
  record Dhcp6() implements Address6 {}

  /** A fixed address with its prefix length. */
  record Static(Cidr6 cidr) implements Address6 {}

  /** auto | dhcp6 | IPv6 CIDR. */
  static Address6 parse(String text) throws InvalidValueException {
    return switch (text) {
      case "auto" -> new Auto();
      case "dhcp6" -> new Dhcp6();
      default -> new Static(Cidr6.parse(text));
    };
  }

  /** The text a model writes for this form, the address canonical. */
  default String text() {
    if (this instanceof Static s) {
      return s.cidr().toString();
    }
    return this instanceof Auto ? "auto" : "dhcp6";
  }
}
