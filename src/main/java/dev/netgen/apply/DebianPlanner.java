package dev.netgen.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Debian device steps, from the change of /etc/network/interfaces. A device whose stanzas
 * changed or went away is taken down with ifdown before the write, while the old file still
 * describes how it came up (its pre-down and post-down lines); a device whose stanzas changed or
 * appeared is brought up with ifup after it, in file order, so a tap exists (with its owner) before
 * the bridge that enslaves it. A bridge goes down and up with any changed port: a tap made anew is
 * nobody's port until its bridge comes up again. A device whose stanzas did not change is not
 * touched (comments do not count), so a guest on an unchanged bridge keeps its link. With ifupdown2
 * one {@code ifreload -a} does all of it.
 */
public final class DebianPlanner implements StepPlanner {
  static final String FILE = "etc/network/interfaces";

  private final Ifupdown ifupdown;

  public DebianPlanner(Ifupdown ifupdown) {
    this.ifupdown = ifupdown;
  }

  @Override
  public StepPlan plan(Transition transition) {
    return transition.at(FILE).map(this::plan).orElse(StepPlan.NONE);
  }

  private StepPlan plan(FileChange change) {
    var before = InterfacesFile.of(change.beforeText());
    var after = InterfacesFile.of(change.afterText());
    var reasons = reasons(before, after);
    if (reasons.isEmpty()) {
      return StepPlan.NONE;
    }
    if (ifupdown == Ifupdown.IFUPDOWN2) {
      return new StepPlan(
          List.of(),
          List.of(Step.of("ifupdown2: " + String.join(", ", reasons.keySet()), "ifreload", "-a")));
    }
    var downs = new ArrayList<Step>();
    var old = new ArrayList<>(before.devices().keySet());
    java.util.Collections.reverse(old);
    old.stream()
        .filter(reasons::containsKey)
        .forEach(d -> downs.add(Step.of(d + ": " + reasons.get(d), "ifdown", d)));
    var ups = new ArrayList<Step>();
    after.devices().keySet().stream()
        .filter(d -> reasons.containsKey(d) && after.auto().contains(d))
        .forEach(d -> ups.add(Step.of(d + ": " + reasons.get(d), "ifup", d)));
    return new StepPlan(downs, ups);
  }

  /** Each device to take down or bring up, with why, in no particular order. */
  private static Map<String, String> reasons(InterfacesFile before, InterfacesFile after) {
    var reasons = new LinkedHashMap<String, String>();
    before
        .devices()
        .forEach(
            (device, stanza) -> {
              var now = after.devices().get(device);
              if (now == null) {
                reasons.put(device, "stanza removed");
              } else if (!now.lines().equals(stanza.lines())) {
                reasons.put(device, "stanza changed");
              } else if (before.auto().contains(device) != after.auto().contains(device)) {
                reasons.put(
                    device,
                    "started at boot " + (after.auto().contains(device) ? "now" : "no more"));
              }
            });
    after.devices().keySet().stream()
        .filter(d -> !before.devices().containsKey(d))
        .forEach(d -> reasons.put(d, "stanza added"));
    for (String port : List.copyOf(reasons.keySet())) {
      for (String bridge : after.bridgesOf(port)) {
        reasons.putIfAbsent(
            bridge, "port " + port + " " + reasons.get(port).replace("stanza ", ""));
      }
    }
    return reasons;
  }
}
