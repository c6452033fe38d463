package dev.netgen.model;

import java.util.regex.Pattern;

/** A guest's name: it becomes a file name (qemu/NAME.args) and part of QEMU netdev ids. */
public record GuestName(String text) {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");

  public static GuestName parse(String text) throws InvalidValueException {
    if (!SHAPE.matcher(text).matches()) {
      throw new InvalidValueException(
          "invalid guest name " + Text.quote(text),
          "start with a letter or digit, then letters, digits, '_', '.' or '-', at most 63 characters");
    }
    return new GuestName(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
