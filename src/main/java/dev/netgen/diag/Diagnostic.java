package dev.netgen.diag;

import dev.netgen.model.Position;
import java.util.List;

/**
 * One finding about a model: from the loader (code "load") or from a lint rule (its id). Printed as
 * {@code file:line:col: severity[code]: message} and an indented hint line. related are the other
 * places the finding is about, in other models too (the first use of a MAC on another host): the
 * printer shows each, SARIF lists them as relatedLocations.
 */
public record Diagnostic(
    Position at,
    Severity severity,
    String code,
    String message,
    String hint,
    List<Position> related)
    implements Comparable<Diagnostic> {
  /** The code of the loader's diagnostics. */
  public static final String LOAD = "load";

  public Diagnostic {
    related = List.copyOf(related);
  }

  /** A diagnostic about one place. */
  public Diagnostic(Position at, Severity severity, String code, String message, String hint) {
    this(at, severity, code, message, hint, List.of());
  }

  public static Diagnostic loadError(Position at, String message, String hint) {
    return new Diagnostic(at, Severity.ERROR, LOAD, message, hint);
  }

  /** The first line: file:line:col: severity[code]: message. */
  public String head() {
    return at + ": " + severity.id() + "[" + code + "]: " + message;
  }

  /** The two-line text form (the second line only when there is a hint). */
  public String format() {
    return hint == null || hint.isEmpty() ? head() : head() + "\n  hint: " + hint;
  }

  @Override
  public int compareTo(Diagnostic other) {
    int byFile = at.file().compareTo(other.at.file());
    if (byFile != 0) {
      return byFile;
    }
    int byPosition = at.compareTo(other.at);
    return byPosition != 0 ? byPosition : code.compareTo(other.code);
  }
}
