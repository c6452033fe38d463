package dev.netgen.lint;

import dev.netgen.diag.Diagnostic;
import dev.netgen.model.Position;
import java.util.Map;

/**
 * What a rule reported: where, which of its messages, and the data; diagnostic() is its printed
 * form.
 */
public record Finding(Rule rule, Position at, String messageId, Map<String, ?> data) {
  public Finding {
    rule.message(messageId); // an id the rule does not declare fails here, at the report
    data = Map.copyOf(data);
  }

  public Diagnostic diagnostic() {
    Message message = rule.message(messageId);
    return new Diagnostic(
        at,
        rule.severity(),
        rule.id(),
        Message.format(message.text(), data),
        Message.format(message.hint(), data));
  }
}
