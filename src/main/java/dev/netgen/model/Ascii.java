package dev.netgen.model;

/**
 * Character classes for the value types' grammars. The grammars are checked by hand rather than by
 * regular expressions because a 4,000-bridge model parses some 40,000 values and a Matcher per
 * value was a measurable part of loading it; each type's comment keeps the grammar as a regular
 * expression, and a test holds the hand-written checks to exactly those expressions.
 */
final class Ascii {
  private Ascii() {}

  static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean letterOrDigit(char c) {
    return letter(c) || digit(c);
  }

  static boolean lowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || digit(c);
  }

  static boolean hex(char c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Whether text[from, to) is a decimal number without a leading zero (0 itself is one). */
  static boolean plainNumber(String text, int from, int to) {
    if (from >= to || (text.charAt(from) == '0' && to - from > 1)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!digit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
