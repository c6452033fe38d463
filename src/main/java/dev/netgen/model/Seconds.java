package dev.netgen.model;

import dev.netgen.text.Text;
import java.util.Locale;

/**
 * A bridge timer in seconds as the model writes it (2, 1.5), held in centiseconds because that
 * is the kernel's unit in sysfs and so netifrc's; brctl and ifupdown take seconds.
 */
public record Seconds(int centis) {
  /** The grammar: (0|[1-9][0-9]{0,3})(\.[0-9]{1,2})?. */
  public static Seconds parse(String text) throws InvalidValueException {
    if (!shape(text)) {
      throw new InvalidValueException(
          "invalid number of seconds " + Text.forMessage(text),
          "write plain decimal seconds with at most two decimals, e.g. 2 or 1.5");
    }
    int dot = text.indexOf('.');
    int whole = Integer.parseInt(dot < 0 ? text : text.substring(0, dot));
    int fraction = 0;
    if (dot >= 0) {
      String digits = (text.substring(dot + 1) + "0").substring(0, 2);
      fraction = Integer.parseInt(digits);
    }
    return new Seconds(whole * 100 + fraction);
  }

  private static boolean shape(String text) {
    int dot = text.indexOf('.');
    int whole = dot < 0 ? text.length() : dot;
    if (whole > 4 || !Ascii.plainNumber(text, 0, whole)) {
      return false;
    }
    if (dot < 0) {
      return true;
    }
    int decimals = text.length() - dot - 1;
    if (decimals < 1 || decimals > 2) {
      return false;
    }
    for (int i = dot + 1; i < text.length(); i++) {
      if (!Ascii.digit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Seconds as brctl and bridge-utils read them: "2", "1.5", "0.25". */
  public String asSecondsText() {
    int whole = centis / 100;
    int fraction = centis % 100;
    if (fraction == 0) {
      return Integer.toString(whole);
    }
    String digits = fraction % 10 == 0 ? Integer.toString(fraction / 10) : String.format(Locale.ROOT, "%02d", fraction);
    return whole + "." + digits;
  }

  @Override
  public String toString() {
    return asSecondsText();
  }
}
