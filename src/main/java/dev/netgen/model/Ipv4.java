package dev.netgen.model;

import java.util.regex.Pattern;

/** An IPv4 address in strict dotted-quad form: no leading zeros (010 is not octal, nor ten). */
public record Ipv4(int bits) implements Comparable<Ipv4> {
  private static final Pattern SHAPE =
      Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");

  public static Ipv4 parse(String text) throws InvalidValueException {
    if (SHAPE.matcher(text).matches()) {
      int bits = 0;
      boolean inRange = true;
      for (String part : text.split("\\.")) {
        int octet = Integer.parseInt(part);
        inRange &= octet <= 255;
        bits = (bits << 8) | (octet & 0xff);
      }
      if (inRange) {
        return new Ipv4(bits);
      }
    }
    throw new InvalidValueException(
        "invalid IPv4 address " + Text.quote(text),
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

  @Override
  public String toString() {
    return (bits >>> 24) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
  }
}
