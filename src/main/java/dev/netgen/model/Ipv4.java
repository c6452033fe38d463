package dev.netgen.model;

import dev.netgen.text.Text;

/** An IPv4 address in strict dotted-quad form: no leading zeros (010 is not octal, nor ten). */
public record Ipv4(int bits) implements Comparable<Ipv4> {
  /** The grammar: (0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,2})){3}, each number at most 255. */
  public static Ipv4 parse(String text) throws InvalidValueException {
    int bits = 0;
    int parts = 0;
    int start = 0;
    boolean ok = true;
    while (ok && parts < 4) {
      int end = parts < 3 ? text.indexOf('.', start) : text.length();
      ok = end - start >= 1 && end - start <= 3 && Ascii.plainNumber(text, start, end);
      if (ok) {
        int octet = Integer.parseInt(text, start, end, 10);
        ok = octet <= 255;
        bits = (bits << 8) | octet;
        parts++;
        start = end + 1;
      }
    }
    if (ok) {
      return new Ipv4(bits);
    }
    throw new InvalidValueException(
        "invalid IPv4 address " + Text.forMessage(text),
        "write four decimal numbers 0-255 without leading zeros, e.g. 172.16.1.1");
  }

  /** The address as an unsigned number, for ordering and interval arithmetic. */
  public long unsigned() {
    return bits & 0xffffffffL;
  }

  @Override
  public int compareTo(Ipv4 other) {
    return Integer.compareUnsigned(bits, other.bits);
  }

  // equals and hashCode written out, with the values the generated ones give: a record's own are
  // linked through invokedynamic (ObjectMethods) on first use, which was a fifth of a small lint.
  @Override
  public boolean equals(Object o) {
    return o instanceof Ipv4 other && other.bits == bits;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(bits);
  }

  @Override
  public String toString() {
    return (bits >>> 24)
        + "."
        + ((bits >>> 16) & 0xff)
        + "."
        + ((bits >>> 8) & 0xff)
        + "."
        + (bits & 0xff);
  }
}
