package dev.netgen.model;

import dev.netgen.text.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/** A DNS domain or host name: dot-separated labels of letters, digits and inner hyphens. */
public record Domain(String text) {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  public static Domain parse(String text) throws InvalidValueException {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean ok =
        !lower.isEmpty()
            && lower.length() <= 253
            && !lower.endsWith(".")
            && lower.equals(text.toLowerCase(Locale.ROOT));
    if (ok) {
      for (String label : lower.split("\\.", -1)) {
        ok &= LABEL.matcher(label).matches();
      }
    }
    if (!ok || !text.chars().allMatch(c -> c < 0x80)) {
      throw new InvalidValueException(
          "invalid domain name " + Text.forMessage(text),
          "write dot-separated labels of letters, digits and inner '-', e.g. vm.lan");
    }
    return new Domain(lower);
  }

  @Override
  public String toString() {
    return text;
  }
}
