package dev.netgen.apply;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.text.Text;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How long an apply waits for a confirmation before it puts the previous files back: {@code
 * --confirm-within 90s}. One whole number and a unit (s, m or h), nothing else, so a typo such as
 * {@code 2} (seconds? minutes?) is refused rather than guessed.
 */
public record ConfirmWindow(Duration length) {
  /** Shorter leaves no time to open a second session and confirm; the probes need a few rounds. */
  public static final Duration SHORTEST = Duration.ofSeconds(5);

  /** A waiting apply refuses every other apply: longer is a mistake, not a plan. */
  public static final Duration LONGEST = Duration.ofHours(1);

  private static final Pattern GRAMMAR = Pattern.compile("([1-9][0-9]{0,4})([smh])");

  /** Reads the value of --confirm-within; exit 2 (bad usage) for anything outside the grammar. */
  public static ConfirmWindow parse(String text) {
    var match = GRAMMAR.matcher(text);
    if (!match.matches()) {
      throw refused(text, "a whole number and a unit: 90s, 2m or 1h");
    }
    long amount = Long.parseLong(match.group(1));
    var length =
        switch (match.group(2)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
    if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
      throw refused(text, "between 5s and 1h");
    }
    return new ConfirmWindow(length);
  }

  private static NetgenException refused(String text, String wanted) {
    return new NetgenException(
        ExitCode.FAILURE, "--confirm-within: " + Text.forMessage(text) + " is not " + wanted);
  }
}
