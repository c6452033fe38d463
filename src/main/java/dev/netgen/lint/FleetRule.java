package dev.netgen.lint;

import dev.netgen.diag.Severity;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;

/**
 * A lint check across hosts that share a LAN (the same host.upstream.subnet), run when `netgen
 * lint` is given several models: what no model can get wrong alone, such as one MAC on two hosts.
 * Its metadata, explanation and registry line are a rule's like any other; its logic is {@link
 * #check(Lan, FleetReporter)}, once per LAN that two or more of the models share.
 */
public abstract class FleetRule extends Rule {
  protected FleetRule(
      String id, Kind kind, Severity severity, String summary, Message... messages) {
    super(id, kind, severity, summary, messages);
  }

  /** Why the rule exists, with two hosts that break it and the same two fixed. */
  @Override
  public final Explanation explanation() {
    return Explanation.ofFleet(id());
  }

  /** Alone, a model shares its LAN with no other host: a fleet rule finds nothing in it. */
  @Override
  public final void check(Model model, Wiring wiring, Reporter reporter) {}

  /**
   * Reports each finding at the later use (in the order the models were given), with the first use
   * as the related place; lan.hosts() are those models on the LAN that do not disable the rule.
   */
  public abstract void check(Lan lan, FleetReporter reporter);
}
