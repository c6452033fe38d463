package dev.netgen.lint;

import dev.netgen.model.Position;
import java.util.Map;

/**
 * Where a fleet rule reports: the place at fault in one model, the place in another model it
 * clashes with, the id of one of the rule's messages and the data for its placeholders.
 */
@FunctionalInterface
public interface FleetReporter {
  void report(Position at, Position clashesWith, String messageId, Map<String, ?> data);
}
