package dev.netgen.model;

import dev.netgen.text.Text;

/**
 * An Ethernet MAC address, normalised to lower-case colon form. Shape is checked here; whether the
 * address is usable (not multicast, not all zero) is the mac-valid rule's.
 */
public record Mac(long bits) {

  /** QEMU gives this MAC to every NIC started without mac=, in every process. */
  public static final Mac QEMU_DEFAULT = new Mac(0x525400123456L);

  /**
   * Whether QEMU may give this MAC to a NIC started without mac=: its net.c hands out
   * 52:54:00:12:34:XX, XX from 0x56 up, the first one no other NIC of that process uses, and 0xff
   * once 0x56..0xfe are all taken.
   */
  public boolean qemuDefault() {
    return (bits >>> 8) == (QEMU_DEFAULT.bits >>> 8) && (bits & 0xff) >= (QEMU_DEFAULT.bits & 0xff);
  }

  /**
   * The grammar: [0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}: one separator throughout.
   */
  public static Mac parse(String text) throws InvalidValueException {
    if (!shape(text)) {
      throw new InvalidValueException(
          "invalid MAC address " + Text.forMessage(text),
          "write six two-digit hex octets separated by ':', e.g. 52:54:00:12:34:56");
    }
    long bits = 0;
    for (int i = 0; i < text.length(); i += 3) {
      bits = (bits << 8) | Integer.parseInt(text, i, i + 2, 16);
    }
    return new Mac(bits);
  }

  private static boolean shape(String text) {
    if (text.length() != 17) {
      return false;
    }
    char separator = text.charAt(2);
    if (separator != ':' && separator != '-') {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      char c = text.charAt(i);
      if (i % 3 == 2 ? c != separator : !Ascii.hex(c)) {
        return false;
      }
    }
    return true;
  }

  public int octet(int index) {
    return (int) (bits >>> (8 * (5 - index))) & 0xff;
  }

  public boolean multicast() {
    return (octet(0) & 0x01) != 0;
  }

  public boolean locallyAdministered() {
    return (octet(0) & 0x02) != 0;
  }

  public boolean allZero() {
    return bits == 0;
  }

  // equals and hashCode written out, with the values the generated ones give: a record's own are
  // linked through invokedynamic (ObjectMethods) on first use, which was a fifth of a small lint.
  @Override
  public boolean equals(Object o) {
    return o instanceof Mac other && other.bits == bits;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bits);
  }

  @Override
  public String toString() {
    var out = new StringBuilder(17);
    for (int i = 0; i < 6; i++) {
      if (i > 0) {
        out.append(':');
      }
      // by hand, not String.format: a large render prints thousands of MACs
      int octet = octet(i);
      out.append(Character.forDigit(octet >>> 4, 16)).append(Character.forDigit(octet & 0xf, 16));
    }
    return out.toString();
  }
}
