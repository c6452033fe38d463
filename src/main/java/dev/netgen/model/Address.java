package dev.netgen.model;

import dev.netgen.text.Text;

/** How an interface or bridge gets its IPv4 address. */
public sealed interface Address {
  /** Link up, no address (a bridge port, or a bridge that only carries guests). */
  record None() implements Address {}

  /** Leased from a DHCP server on the link. */
  record Dhcp() implements Address {}

  /** A fixed address with its prefix. */
  record Static(Cidr cidr) implements Address {}

  /** none | dhcp | CIDR. */
  static Address parse(String text) throws InvalidValueException {
    return switch (text) {
      case "none" -> new None();
      case "dhcp" -> new Dhcp();
      default -> {
        if (text.indexOf('/') < 0) {
          throw new InvalidValueException(
              "invalid address " + Text.forMessage(text),
              "write none, dhcp, or an address with its prefix length, e.g. 172.16.1.1/24");
        }
        yield new Static(Cidr.parse(text));
      }
    };
  }
}
