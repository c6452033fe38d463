package dev.netgen.model;

import dev.netgen.text.Text;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A dnsmasq lease time as written. The loader only guarantees a safe token; whether dnsmasq reads
 * it, and reads it as at least two minutes, is the lease-valid rule's, which uses seconds().
 */
public record Lease(String text) {
  /** dnsmasq's option.c takes the unit in either case (12H is 12 hours); "infinite" only so. */
  private static final Pattern DNSMASQ = Pattern.compile("([0-9]{1,9})([smhdwSMHDW]?)");

  /** The grammar: [A-Za-z0-9]{1,20}. */
  public static Lease parse(String text) throws InvalidValueException {
    if (!safe(text)) {
      throw new InvalidValueException(
          "invalid lease time " + Text.forMessage(text),
          "write a number with an optional unit s, m, h, d or w, or 'infinite', e.g. 12h");
    }
    return new Lease(text);
  }

  private static boolean safe(String text) {
    if (text.isEmpty() || text.length() > 20) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Ascii.letterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public boolean infinite() {
    return text.equals("infinite");
  }

  /** Seconds as dnsmasq reads the text, or empty when dnsmasq does not accept it. */
  public OptionalLong seconds() {
    if (infinite()) {
      return OptionalLong.of(Long.MAX_VALUE);
    }
    var m = DNSMASQ.matcher(text);
    if (!m.matches()) {
      return OptionalLong.empty();
    }
    long n = Long.parseLong(m.group(1));
    long unit =
        switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
          case "m" -> 60;
          case "h" -> 3600;
          case "d" -> 86_400;
          case "w" -> 604_800;
          default -> 1;
        };
    return OptionalLong.of(n * unit);
  }

  @Override
  public String toString() {
    return text;
  }
}
