package dev.netgen.render.common;

import dev.netgen.model.Firewall;
import dev.netgen.render.RenderContext;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * iptables.sh: each bridge's rules by its mode (nat: masquerade out of the uplink, and the port
 * forwards; routed; isolated), as one call of the script's function for that mode. With firewall:
 * nftables the list is empty, and the script's stop still removes what an earlier model started.
 */
public record IptablesView(List<Line> bridges) {
  /**
   * One bridge: the script function (nat_bridge, routed_bridge, isolated_bridge) and its arguments,
   * already shell words. A forward is one word PROTO:PORT:GUEST_IP:GUEST_PORT[:HOST_IP].
   */
  public record Line(String function, String words) {}

  public static Optional<IptablesView> of(RenderContext context) {
    var lines = new ArrayList<Line>();
    if (context.model().host().firewallOrDefault() == Firewall.IPTABLES) {
      for (var bridge : FirewallPlan.of(context).bridges()) {
        lines.add(line(bridge));
        if (!bridge.nat66().isEmpty()) {
          lines.add(nat66(bridge));
        }
      }
    }
    // Written even with no such bridge: its stop removes what a script of an earlier model started.
    return Optional.of(new IptablesView(lines));
  }

  /** NAT66 of a nat bridge: nat66_bridge BRIDGE UPLINK PREFIX..., run through ip6tables. */
  private static Line nat66(FirewallPlan.BridgeRules bridge) {
    var words = new ArrayList<String>();
    words.add(Text.forShellWord(bridge.name()));
    words.add(Text.forShellWord(bridge.uplink().orElseThrow()));
    bridge.nat66().forEach(p -> words.add(Text.forShellWord(p.toString())));
    return new Line("nat66_bridge", String.join(" ", words));
  }

  private static Line line(FirewallPlan.BridgeRules bridge) {
    var words = new ArrayList<String>();
    words.add(Text.forShellWord(bridge.name()));
    words.add(Text.forShellWord(bridge.subnet().toString()));
    bridge.uplink().ifPresent(uplink -> words.add(Text.forShellWord(uplink)));
    for (var f : bridge.forwards()) {
      String word = f.proto().id() + ":" + f.port() + ":" + f.guest() + ":" + f.to();
      words.add(Text.forShellWord(f.from().map(from -> word + ":" + from).orElse(word)));
    }
    return new Line(bridge.mode().id() + "_bridge", String.join(" ", words));
  }
}
