package dev.netgen.lint;

import dev.netgen.diag.Diagnostic;
import dev.netgen.model.Position;
import java.util.List;
import java.util.Map;

/**
 * What a rule reported: where, which of its messages, the data, and the other places it is about (a
 * fleet rule's first use on another host); diagnostic() is its printed form.
 */
public record Finding(
    Rule rule, Position at, String messageId, Map<String, ?> data, List<Position> related) {
  public Finding {
    rule.message(messageId); // an id the rule does not declare fails here, at the report
    data = Map.copyOf(data);
    related = List.copyOf(related);
  }

  /** A finding about one place. */
  public Finding(Rule rule, Position at, String messageId, Map<String, ?> data) {
    this(rule, at, messageId, data, List.of());
  }

  public Diagnostic diagnostic() {
    Message message = rule.message(messageId);
    return new Diagnostic(
        at,
        rule.severity(),
        rule.id(),
        Message.format(message.text(), data),
        Message.format(message.hint(), data),
        related);
  }
}
