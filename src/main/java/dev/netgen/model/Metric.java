package dev.netgen.model;

import dev.netgen.text.Text;

/** A route's metric (its priority: lower wins), 0-4294967295 as the kernel stores it (32 bits). */
public record Metric(long value) implements Comparable<Metric> {
  /** What the kernel and iproute2 use when a route names no metric. */
  public static final Metric NONE = new Metric(0);

  /** The grammar: 0 or [1-9][0-9]{0,9}, at most 4294967295. */
  public static Metric parse(String text) throws InvalidValueException {
    if (text.length() > 10 || !Ascii.plainNumber(text, 0, text.length())) {
      throw invalid(text);
    }
    long value = Long.parseLong(text);
    if (value > 0xFFFF_FFFFL) {
      throw invalid(text);
    }
    return new Metric(value);
  }

  private static InvalidValueException invalid(String text) {
    return new InvalidValueException(
        "invalid metric " + Text.forMessage(text),
        "write a whole number from 0 to 4294967295 (lower wins), e.g. 100");
  }

  @Override
  public int compareTo(Metric other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
