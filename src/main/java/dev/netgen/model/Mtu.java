package dev.netgen.model;

import dev.netgen.text.Text;

/**
 * A device's MTU in bytes, 68-65535: 68 is the least IPv4 allows (RFC 791), 65535 the most an
 * Ethernet-like device takes (the kernel's ETH_MAX_MTU).
 */
public record Mtu(int bytes) {
  /** The MTU of an Ethernet device, a tap or a bridge that nothing changed. */
  public static final Mtu ETHERNET = new Mtu(1500);

  /** The grammar: [1-9][0-9]{1,4}, from 68 to 65535. */
  public static Mtu parse(String text) throws InvalidValueException {
    if (text.length() > 5 || !Ascii.plainNumber(text, 0, text.length())) {
      throw invalid(text);
    }
    int bytes = Integer.parseInt(text);
    if (bytes < 68 || bytes > 65_535) {
      throw invalid(text);
    }
    return new Mtu(bytes);
  }

  private static InvalidValueException invalid(String text) {
    return new InvalidValueException(
        "invalid MTU " + Text.forMessage(text),
        "write the MTU in bytes, from 68 to 65535, e.g. 1500 or 9000");
  }

  @Override
  public String toString() {
    return Integer.toString(bytes);
  }
}
