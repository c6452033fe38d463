package dev.netgen.model;

import dev.netgen.text.Text;

/**
 * A network device name. The grammar here is what keeps a name from changing the meaning of any
 * file it reaches (no whitespace, quotes, shell or config metacharacters); the kernel's own rules
 * (length, first character, reserved names) are the name-valid lint rule's, so that they are
 * reported with the other findings instead of stopping the load.
 */
public record IfName(String text) implements Comparable<IfName> {
  /** The grammar: [A-Za-z0-9_.%-]{1,64}. */
  public static IfName parse(String text) throws InvalidValueException {
    if (!safe(text)) {
      throw new InvalidValueException(
          "invalid device name " + Text.forMessage(text),
          "use letters, digits, '_', '.' and '-' only, at most 15 characters, e.g. br0 or eth0.10");
    }
    return new IfName(text);
  }

  private static boolean safe(String text) {
    if (text.isEmpty() || text.length() > 64) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Ascii.letterOrDigit(c) || c == '_' || c == '.' || c == '%' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(IfName other) {
    return text.compareTo(other.text);
  }

  @Override
  public String toString() {
    return text;
  }
}
