package dev.netgen.model;

import dev.netgen.text.Text;

/** A guest's name: it becomes a file name (qemu/NAME.args) and part of QEMU netdev ids. */
public record GuestName(String text) {
  /** The grammar: [A-Za-z0-9][A-Za-z0-9_.-]{0,62}. */
  public static GuestName parse(String text) throws InvalidValueException {
    if (!shape(text)) {
      throw new InvalidValueException(
          "invalid guest name " + Text.forMessage(text),
          "start with a letter or digit, then letters, digits, '_', '.' or '-', at most 63 characters");
    }
    return new GuestName(text);
  }

  private static boolean shape(String text) {
    if (text.isEmpty() || text.length() > 63 || !Ascii.letterOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Ascii.letterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the name is also a host name DNS can carry: one RFC 1123 label, letters, digits and
   * inner '-' ([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?). The guest grammar also allows '_' and '.',
   * which a label may not hold (dnsmasq would take "a.b" as a name in domain b).
   */
  public boolean isHostName() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Ascii.letterOrDigit(c) || (c == '-' && i > 0 && i < text.length() - 1))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
