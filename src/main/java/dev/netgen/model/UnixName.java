package dev.netgen.model;

import java.util.regex.Pattern;

/** A user or group name (or numeric id) as `ip tuntap ... user U group G` takes it. */
public record UnixName(String text) {
  private static final Pattern SHAPE = Pattern.compile("[a-z_][a-z0-9_-]{0,31}|[0-9]{1,10}");

  public static UnixName parse(String text) throws InvalidValueException {
    if (!SHAPE.matcher(text).matches()) {
      throw new InvalidValueException(
          "invalid user or group name " + Text.quote(text),
          "write a name of lower-case letters, digits, '_' and '-' starting with a letter or '_' (e.g. qemu), or a numeric id");
    }
    return new UnixName(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
