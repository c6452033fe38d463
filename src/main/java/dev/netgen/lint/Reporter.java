package dev.netgen.lint;

import dev.netgen.model.Position;
import java.util.Map;

/**
 * Where a rule reports a finding: the position of the value at fault (taken from its Located), the
 * id of one of the rule's messages, and the data that fills that message's placeholders.
 */
@FunctionalInterface
public interface Reporter {
  void report(Position at, String messageId, Map<String, ?> data);
}
