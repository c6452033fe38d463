package dev.netgen.write;

import dev.netgen.model.OutputPath;

/**
 * A path that stops a render before its first write: something netgen does not own where it would
 * write (adoptable: {@code what} says what is there), or an adoption that cannot happen because an
 * original of the path is already kept ({@code adoptable} false, {@code what} says why).
 */
public record Blocked(OutputPath path, String what, boolean adoptable) {
  /** The line the refusal lists: {@code /etc/sysctl.conf: a regular file, 57 bytes, ...}. */
  public String line() {
    return path.absolute() + ": " + what;
  }
}
