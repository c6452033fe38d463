package dev.netgen.apply;

/**
 * Reads what a write changes and says which host steps bring the running state along. One per
 * target for the network devices (ifupdown's stanzas, netifrc's services), and one for what both
 * targets share (sysctl, netgen's dnsmasq, the firewall scripts); {@link StepPlan#then} joins them.
 * A planner only reads: it never runs anything.
 */
@FunctionalInterface
public interface StepPlanner {
  StepPlan plan(Transition transition);

  /** This planner's steps, then next's: the device steps before the shared ones. */
  default StepPlanner then(StepPlanner next) {
    return t -> plan(t).then(next.plan(t));
  }
}
