package dev.netgen.model;

/**
 * A text that does not match a value type's grammar. The loader adds the position; the value types
 * stay free of YAML.
 */
public final class InvalidValueException extends Exception {
  private final String hint;

  public InvalidValueException(String message, String hint) {
    super(message, null, false, false);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
