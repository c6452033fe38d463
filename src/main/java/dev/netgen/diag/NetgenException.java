package dev.netgen.diag;

import java.util.List;

/**
 * The one exception that deep code throws for a user-facing failure: it carries the exit code and
 * what to print. The command line prints it; anything else that escapes is a bug.
 */
public class NetgenException extends RuntimeException {
  private final int exitCode;
  private final List<Diagnostic> diagnostics;

  public NetgenException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
    this.diagnostics = List.of();
  }

  public NetgenException(int exitCode, String message, Throwable cause) {
    super(message, cause, false, false);
    this.exitCode = exitCode;
    this.diagnostics = List.of();
  }

  public NetgenException(int exitCode, List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "failed" : diagnostics.get(0).message(), null, false, false);
    this.exitCode = exitCode;
    this.diagnostics = List.copyOf(diagnostics);
  }

  public int exitCode() {
    return exitCode;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
