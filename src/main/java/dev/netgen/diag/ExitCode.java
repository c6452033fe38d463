package dev.netgen.diag;

/** The exit codes (README, "Exit codes"), named once: diff(1) and linters use the same three. */
public final class ExitCode {
  /** Clean, no differences, written. */
  public static final int OK = 0;

  /** Findings at or above --fail-on, or differences found. */
  public static final int FINDINGS = 1;

  /** The model cannot be loaded, bad usage, or an I/O failure. */
  public static final int FAILURE = 2;

  private ExitCode() {}
}
