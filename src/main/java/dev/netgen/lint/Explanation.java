package dev.netgen.lint;

/**
 * A rule's documentation: why it exists (plain text, paragraphs separated by blank lines), a whole
 * model that breaks it and the same model fixed. The catalogue test lints both examples.
 */
public record Explanation(String why, String bad, String good) {
  public Explanation {
    why = why.strip();
  }
}
