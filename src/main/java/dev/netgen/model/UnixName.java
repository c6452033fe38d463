package dev.netgen.model;

import dev.netgen.text.Text;

/** A user or group name (or numeric id) as `ip tuntap ... user U group G` takes it. */
public record UnixName(String text) {
  /** The grammar: [a-z_][a-z0-9_-]{0,31}|[0-9]{1,10}. */
  public static UnixName parse(String text) throws InvalidValueException {
    if (!(name(text) || id(text))) {
      throw new InvalidValueException(
          "invalid user or group name " + Text.forMessage(text),
          "write a name of lower-case letters, digits, '_' and '-' starting with a letter or '_' (e.g. qemu), or a numeric id");
    }
    return new UnixName(text);
  }

  private static boolean name(String text) {
    if (text.isEmpty() || text.length() > 32) {
      return false;
    }
    char first = text.charAt(0);
    if (!((first >= 'a' && first <= 'z') || first == '_')) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Ascii.lowerOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean id(String text) {
    if (text.isEmpty() || text.length() > 10) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Ascii.digit(text.charAt(i))) {
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
