package dev.netgen.model;

import dev.netgen.text.Text;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A bridge timer as the model writes it: decimal seconds with at most two decimals (2, 1.5). Each
 * tool's unit (netifrc's centiseconds, bridge-utils' seconds) is the view builders' business.
 */
public record Seconds(Duration duration) {
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
    return new Seconds(Duration.ofMillis(whole * 1000L + fraction * 10L));
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

  /** As a message shows it: plain decimal seconds without trailing zeros ("2", "1.5", "0.25"). */
  @Override
  public String toString() {
    return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
  }
}
