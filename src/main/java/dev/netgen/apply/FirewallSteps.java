package dev.netgen.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * netgen's firewall scripts brought along: {@code SCRIPT start BRIDGE} (idempotent: it empties and
 * refills the bridge's chains) for each bridge whose rules changed, after the write; {@code SCRIPT
 * stop BRIDGE} for each bridge that left the script, before the write, with the old script, which
 * still knows it. A change to the functions both share restarts every bridge of the script. The
 * nftables rules are one file loaded in one transaction, so any change to it loads it whole.
 */
final class FirewallSteps implements StepPlanner {
  /** The scripts that take a bridge, in the order their steps run. */
  static final List<String> PER_BRIDGE =
      List.of("etc/netgen/iptables.sh", "etc/netgen/ebtables.sh");

  static final String NFT_SCRIPT = "etc/netgen/nftables.sh";
  static final String NFT_RULES = "etc/netgen/netgen.nft";

  @Override
  public StepPlan plan(Transition transition) {
    var plan = StepPlan.NONE;
    for (String script : PER_BRIDGE) {
      plan = plan.then(transition.at(script).map(c -> perBridge(script, c)).orElse(StepPlan.NONE));
    }
    return plan.then(transition.at(NFT_RULES).map(FirewallSteps::nftables).orElse(StepPlan.NONE));
  }

  private static StepPlan perBridge(String script, FileChange change) {
    var before = BridgeCalls.of(change.beforeText());
    var after = BridgeCalls.of(change.afterText());
    boolean shared = change.before().isPresent() && !before.rest().equals(after.rest());
    String name = script.substring(script.lastIndexOf('/') + 1);
    var stops = new ArrayList<Step>();
    before.calls().keySet().stream()
        .filter(b -> !after.calls().containsKey(b))
        .sorted()
        .forEach(b -> stops.add(Step.of(b + ": left " + name, "/" + script, "stop", b)));
    var starts = new ArrayList<Step>();
    after
        .calls()
        .forEach(
            (bridge, call) -> {
              String old = before.calls().get(bridge);
              if (old == null || !old.equals(call) || shared) {
                String why =
                    old == null
                        ? "added to "
                        : old.equals(call) ? "functions of " : "rules changed in ";
                starts.add(Step.of(bridge + ": " + why + name, "/" + script, "start", bridge));
              }
            });
    return new StepPlan(stops, starts);
  }

  /** The rules file changed: load it whole, unless it never held a chain (nft may be absent). */
  private static StepPlan nftables(FileChange change) {
    if (!hasChains(change.beforeText()) && !hasChains(change.afterText())) {
      return StepPlan.NONE;
    }
    return new StepPlan(
        List.of(), List.of(Step.of("nftables rules changed", "/" + NFT_SCRIPT, "start")));
  }

  private static boolean hasChains(String rules) {
    return rules.lines().anyMatch(l -> l.strip().startsWith("chain "));
  }
}
