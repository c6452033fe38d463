package dev.netgen.lint;

import dev.netgen.model.Position;

/**
 * Where a rule reports: the position of the value at fault (taken from its Located), a message
 * that names the values involved, and a hint that says how to fix it.
 */
@FunctionalInterface
public interface DiagnosticSink {
  void report(Position at, String message, String hint);
}
