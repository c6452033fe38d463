package dev.netgen.apply;

import java.util.List;

/**
 * netgen's sysctl file, loaded again when it changes: {@code sysctl -p} sets every key it holds
 * (the boot does the same). A key the model no longer sets keeps its running value until the next
 * boot: nothing says what the value was before netgen's.
 */
final class SysctlSteps implements StepPlanner {
  static final String FILE = "etc/sysctl.d/90-netgen.conf";

  @Override
  public StepPlan plan(Transition transition) {
    return transition
        .at(FILE)
        .filter(c -> c.after().isPresent() && !c.onlyCommentsDiffer())
        .map(
            c ->
                new StepPlan(
                    List.of(),
                    List.of(Step.of("sysctl file " + verb(c), "sysctl", "-p", "/" + FILE))))
        .orElse(StepPlan.NONE);
  }

  private static String verb(FileChange change) {
    return change.before().isPresent() ? "changed" : "added";
  }
}
