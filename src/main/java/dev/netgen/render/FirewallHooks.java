package dev.netgen.render;

import dev.netgen.model.Bridge;
import dev.netgen.model.OutputKey;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The firewall-script lines a bridge's network configuration runs (the one place that writes them),
 * at the paths `outputs:` gives the scripts, for both targets' hooks (netifrc preup/postup/predown,
 * ifupdown pre-up/post-up/pre-down).
 *
 * <p>The MAC NAT rules start before the bridge is created: they name only the uplink port and read
 * its MAC from sysfs, both there already, and the bridge's own first frames (its DHCP request, its
 * first ARP) leave through the uplink at once. Started after the bridge was up, as at first, those
 * frames carried the bridge's MAC, which an access point that accepts only its station's MAC drops:
 * the end-to-end lab showed the bridge then gets no lease. The NAT rules name the bridge's subnet
 * and need nothing before it is up.
 */
public final class FirewallHooks {
  private final RenderContext context;

  public FirewallHooks(RenderContext context) {
    this.context = context;
  }

  /** Lines to run before the bridge and its ports come up. */
  public List<String> beforeUp(Bridge bridge) {
    var commands = new ArrayList<String>();
    if (bridge.macNat().isPresent()) {
      commands.add(command(OutputKey.EBTABLES, "start", bridge));
    }
    return commands;
  }

  /** Lines to run once the bridge is up. */
  public List<String> afterUp(Bridge bridge) {
    var commands = new ArrayList<String>();
    if (bridge.effectiveMode().isPresent()) {
      commands.add(command(filter(), "start", bridge));
    }
    return commands;
  }

  /** Lines to run before the bridge goes down: the starts undone, last started first. */
  public List<String> beforeDown(Bridge bridge) {
    var commands = new ArrayList<String>();
    if (bridge.effectiveMode().isPresent()) {
      commands.add(command(filter(), "stop", bridge));
    }
    if (bridge.macNat().isPresent()) {
      commands.add(command(OutputKey.EBTABLES, "stop", bridge));
    }
    return commands;
  }

  /**
   * The script of the model's packet filter: iptables.sh or nftables.sh, which take the same
   * arguments. MAC NAT stays ebtables.sh under both (docs/firewall.md).
   */
  private OutputKey filter() {
    return switch (context.model().host().firewallOrDefault()) {
      case NFTABLES -> OutputKey.NFTABLES;
      case IPTABLES -> OutputKey.IPTABLES;
    };
  }

  private String command(OutputKey script, String action, Bridge bridge) {
    return Text.forShellWord(context.layout().path(script).absolute())
        + " "
        + action
        + " "
        + Text.forShellWord(bridge.name().value().text());
  }
}
