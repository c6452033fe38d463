package dev.netgen.model;

import dev.netgen.text.Text;
import java.util.regex.Pattern;

/** A lint rule id as written in `lint.disable` (kebab-case). */
public record RuleId(String text) {
  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public static RuleId parse(String text) throws InvalidValueException {
    if (text.length() > 64 || !SHAPE.matcher(text).matches()) {
      throw new InvalidValueException(
          "invalid rule id " + Text.forMessage(text),
          "rule ids are kebab-case; `netgen rules` lists them");
    }
    return new RuleId(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
