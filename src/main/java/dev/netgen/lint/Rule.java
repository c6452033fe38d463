package dev.netgen.lint;

import dev.netgen.diag.Severity;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One lint check: its metadata, passed to this constructor as plain values (no annotations to read
 * at start-up), and its logic in check(). Its explanation and examples live in fixtures/rules/ID/
 * and ship in the jar, so `netgen rules`, docs/rules.md and SARIF are all produced from the rules.
 */
public abstract class Rule {
  /**
   * What a rule protects, which decides who may switch it off. A model is untrusted text
   * (SECURITY.md), so it may disable advice only; a safety rule can be switched off only by the
   * person who runs netgen, on the command line (lint --disable, which says so on stderr; render
   * --force, which renders past its findings).
   */
  public enum Kind {
    /**
     * Protects the tools that read the generated files: without it a file could mean something else
     * to its tool than the model says (names, MACs, grammar-level syntax, reserved names,
     * collisions).
     */
    SAFETY,
    /** Advice about the network the model describes; the model may disable it. */
    ADVICE;

    /** "safety" or "advice", as `netgen rules` and docs/rules.md show it. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final String id;
  private final Kind kind;
  private final Severity severity;
  private final String summary;
  private final Map<String, Message> messages;

  /**
   * @param id kebab-case, as written in lint.disable and shown in brackets; the class is its
   *     CamelCase
   * @param kind whether the model may disable the rule (ADVICE) or not (SAFETY)
   * @param summary one line: what the rule demands of a model
   * @param messages every kind of finding the rule reports
   */
  protected Rule(String id, Kind kind, Severity severity, String summary, Message... messages) {
    this.id = id;
    this.kind = kind;
    this.severity = severity;
    this.summary = summary;
    var byId = new LinkedHashMap<String, Message>();
    for (Message message : messages) {
      if (byId.put(message.id(), message) != null) {
        throw new IllegalArgumentException(
            "rule " + id + " declares message " + message.id() + " twice");
      }
    }
    this.messages = Collections.unmodifiableMap(byId);
  }

  public final String id() {
    return id;
  }

  public final Kind kind() {
    return kind;
  }

  public final Severity severity() {
    return severity;
  }

  public final String summary() {
    return summary;
  }

  public final Collection<Message> messages() {
    return messages.values();
  }

  public final Message message(String messageId) {
    Message message = messages.get(messageId);
    if (message == null) {
      throw new IllegalArgumentException(
          "rule " + id + " has no message " + messageId + "; it declares " + messages.keySet());
    }
    return message;
  }

  /** Why the rule exists, with a bad and a fixed example model, read from the jar. */
  public Explanation explanation() {
    return Explanation.of(id);
  }

  /**
   * Reports each finding through the reporter; the linter adds the rule's id and severity. wiring
   * is the model's shared lookups (bridge of a port, NICs on a bridge, ...), built once per lint.
   */
  public abstract void check(Model model, Wiring wiring, Reporter reporter);
}
