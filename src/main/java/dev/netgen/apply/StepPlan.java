package dev.netgen.apply;

import java.util.List;
import java.util.stream.Stream;

/**
 * The host steps of one apply, in the order they run. The steps before the write still see the old
 * files (ifdown and a stopping service read the configuration that brought the device up); those
 * after it see the new ones.
 */
public record StepPlan(List<Step> beforeWrite, List<Step> afterWrite) {

  public static final StepPlan NONE = new StepPlan(List.of(), List.of());

  public StepPlan {
    beforeWrite = List.copyOf(beforeWrite);
    afterWrite = List.copyOf(afterWrite);
  }

  /** Both lists, one after the other: this plan followed by another. */
  public StepPlan then(StepPlan next) {
    return new StepPlan(
        Stream.concat(beforeWrite.stream(), next.beforeWrite.stream()).toList(),
        Stream.concat(afterWrite.stream(), next.afterWrite.stream()).toList());
  }

  public boolean isEmpty() {
    return beforeWrite.isEmpty() && afterWrite.isEmpty();
  }
}
