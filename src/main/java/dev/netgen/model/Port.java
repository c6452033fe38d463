package dev.netgen.model;

import dev.netgen.text.Text;

/** A TCP or UDP port number, 1-65535, written as a plain decimal number. */
public record Port(int number) {
  /** The grammar: [1-9][0-9]{0,4}, at most 65535. */
  public static Port parse(String text) throws InvalidValueException {
    if (text.length() > 5 || !Ascii.plainNumber(text, 0, text.length()) || text.equals("0")) {
      throw invalid(text);
    }
    int number = Integer.parseInt(text);
    if (number > 65_535) {
      throw invalid(text);
    }
    return new Port(number);
  }

  private static InvalidValueException invalid(String text) {
    return new InvalidValueException(
        "invalid port " + Text.forMessage(text), "write a port number from 1 to 65535, e.g. 2222");
  }

  @Override
  public String toString() {
    return Integer.toString(number);
  }
}
