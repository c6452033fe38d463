package dev.netgen.model;

import dev.netgen.text.Text;

/**
 * An IPv6 address, read strictly and always printed in the canonical text of RFC 5952 (lower case,
 * no leading zeros, the longest run of two or more zero groups as "::", the first of equal runs).
 * Upper case and leading zeros are accepted, since they name the same address without doubt; a zone
 * ("%eth0") and an embedded dotted IPv4 part ("::ffff:1.2.3.4") are refused: neither is an address
 * a device can be given, and netgen writes IPv4 under its own keys.
 */
public record Ipv6(long high, long low) implements Comparable<Ipv6> {
  private static final String HINT =
      "write eight groups of 1-4 hex digits separated by ':', at most one '::' for a run of zero"
          + " groups, no zone and no dotted IPv4 part, e.g. fd00:1::1";

  /**
   * The grammar: (H:){7}H | (H:){1,7}: | (H:){1,6}:H | (H:){1,5}(:H){1,2} | (H:){1,4}(:H){1,3} |
   * (H:){1,3}(:H){1,4} | (H:){1,2}(:H){1,5} | H:(:H){1,6} | :((:H){1,7}|:), where H is
   * [0-9A-Fa-f]{1,4}.
   */
  public static Ipv6 parse(String text) throws InvalidValueException {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      throw invalid(text);
    }
    int[] head = groups(text, 0, gap < 0 ? text.length() : gap);
    int[] tail = gap < 0 ? new int[0] : groups(text, gap + 2, text.length());
    if (head == null
        || tail == null
        || (gap < 0 && head.length != 8)
        || (gap >= 0 && head.length + tail.length > 7)) {
      throw invalid(text);
    }
    int[] all = new int[8];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
    long high = 0;
    long low = 0;
    for (int i = 0; i < 4; i++) {
      high = (high << 16) | all[i];
      low = (low << 16) | all[i + 4];
    }
    return new Ipv6(high, low);
  }

  /** The groups of text[from, to), H(:H)*, or null when they do not fit that; none when empty. */
  private static int[] groups(String text, int from, int to) {
    if (from == to) {
      return new int[0];
    }
    int count = 1;
    for (int i = from; i < to; i++) {
      count += text.charAt(i) == ':' ? 1 : 0;
    }
    if (count > 8) {
      return null;
    }
    int[] groups = new int[count];
    int start = from;
    for (int g = 0; g < count; g++) {
      int end = text.indexOf(':', start);
      end = end < 0 || end > to ? to : end;
      if (end - start < 1 || end - start > 4) {
        return null;
      }
      for (int i = start; i < end; i++) {
        if (!Ascii.hex(text.charAt(i))) {
          return null;
        }
      }
      groups[g] = Integer.parseInt(text, start, end, 16);
      start = end + 1;
    }
    return groups;
  }

  private static InvalidValueException invalid(String text) {
    return new InvalidValueException("invalid IPv6 address " + Text.forMessage(text), HINT);
  }

  /** Group i (0-7) as a number. */
  public int group(int i) {
    long half = i < 4 ? high : low;
    return (int) ((half >>> (16 * (3 - (i % 4)))) & 0xffff);
  }

  /** fe80::/10: only meaningful on one link, never a routed or served address. */
  public boolean linkLocal() {
    return (high >>> 54) == (0xfe80L >>> 6);
  }

  /** fc00::/7, the unique local addresses (RFC 4193). */
  public boolean uniqueLocal() {
    return (high >>> 57) == (0xfc00L >>> 9);
  }

  @Override
  public int compareTo(Ipv6 other) {
    int byHigh = Long.compareUnsigned(high, other.high);
    return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
  }

  // equals and hashCode written out like Ipv4's, for the same reason (no ObjectMethods linking).
  @Override
  public boolean equals(Object o) {
    return o instanceof Ipv6 other && other.high == high && other.low == low;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(high) + Long.hashCode(low);
  }

  /** RFC 5952 section 4: the one text of this address. */
  @Override
  public String toString() {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && group(j) == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    var text = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(group(i)));
    }
    return text.toString();
  }
}
