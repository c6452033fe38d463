package dev.netgen.render.common;

import dev.netgen.model.BridgeMode;
import dev.netgen.model.Firewall;
import dev.netgen.model.OutputKey;
import dev.netgen.render.RenderContext;
import dev.netgen.render.Unrenderable;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * netgen.nft and nftables.sh: netgen's own table `inet netgen`, one base chain per bridge and hook
 * (pre_BR, out_BR, post_BR, fwd_BR), so that stopping one bridge deletes its chains and nothing
 * else. With firewall: iptables both are written with no bridge, so the script's stop still removes
 * a table an earlier model loaded.
 */
public record NftablesView(String rulesFile, List<String> bridges, List<Chain> chains) {
  /** One base chain: its name, its type/hook/priority line, and its rules, as nft reads them. */
  public record Chain(String name, String hook, List<String> rules) {}

  static final String PREROUTING = "type nat hook prerouting priority dstnat; policy accept;";
  // nft 1.0.6 knows the name dstnat only at prerouting: -100 is its value.
  static final String OUTPUT = "type nat hook output priority -100; policy accept;";
  static final String POSTROUTING = "type nat hook postrouting priority srcnat; policy accept;";
  static final String FORWARD = "type filter hook forward priority filter; policy accept;";

  public static Optional<NftablesView> of(RenderContext context) {
    var bridges = new ArrayList<String>();
    var chains = new ArrayList<Chain>();
    if (context.model().host().firewallOrDefault() == Firewall.NFTABLES) {
      for (var bridge : FirewallPlan.of(context).bridges()) {
        bridges.add(Text.forShellWord(chainSuffix(context, bridge)));
        chains.addAll(chains(bridge));
      }
    }
    String rules = context.layout().path(OutputKey.NFTABLES_RULES).absolute();
    return Optional.of(new NftablesView(Text.forShellWord(rules), bridges, chains));
  }

  /** The bridge name as the end of its chains' names; nft takes no quoted chain name. */
  private static String chainSuffix(RenderContext context, FirewallPlan.BridgeRules bridge) {
    if (!Text.nftIdentifierPart(bridge.name())) {
      var at = context.model().bridges().get(bridge.name()).name().at();
      throw Unrenderable.at(
          at,
          "bridge " + bridge.name() + " cannot name an nft chain",
          "name the bridge with letters, digits, '_', '.' and '-' only");
    }
    return bridge.name();
  }

  private static List<Chain> chains(FirewallPlan.BridgeRules bridge) {
    String name = bridge.name();
    String iif = "iifname " + Text.forNftString(name);
    String oif = "oifname " + Text.forNftString(name);
    String subnet = bridge.subnet().toString();
    var chains = new ArrayList<Chain>();
    if (!bridge.forwards().isEmpty()) {
      var dnat = bridge.forwards().stream().map(NftablesView::dnat).toList();
      chains.add(new Chain("pre_" + name, PREROUTING, dnat));
      chains.add(new Chain("out_" + name, OUTPUT, dnat));
    }
    var post = new ArrayList<String>();
    var forward = new ArrayList<String>();
    switch (bridge.mode()) {
      case NAT -> {
        String uplink = Text.forNftString(bridge.uplink().orElseThrow());
        post.add(
            "oifname " + uplink + " ip saddr " + subnet + " ip daddr != " + subnet + " masquerade");
        forward.add(oif + " ip daddr " + subnet + " ct state established,related accept");
        forward.add(iif + " ip saddr " + subnet + " accept");
        forward.add(iif + " " + oif + " accept");
        for (var f : bridge.forwards()) {
          String toGuest = " ip daddr " + f.guest() + " " + f.proto().id() + " dport " + f.to();
          post.add(oif + " ip saddr " + subnet + toGuest + " ct status dnat masquerade");
          forward.add(oif + toGuest + " ct status dnat accept");
        }
        for (var prefix : bridge.nat66()) {
          String p = prefix.toString();
          post.add("oifname " + uplink + " ip6 saddr " + p + " ip6 daddr != " + p + " masquerade");
          forward.add(oif + " ip6 daddr " + p + " ct state established,related accept");
          forward.add(iif + " ip6 saddr " + p + " accept");
        }
      }
      case ROUTED -> {
        forward.add(iif + " ip saddr " + subnet + " accept");
        forward.add(oif + " ip daddr " + subnet + " accept");
        forward.add(iif + " " + oif + " accept");
      }
      case ISOLATED -> {
        forward.add(iif + " " + oif + " accept");
        forward.add(iif + " reject");
        forward.add(oif + " reject");
      }
    }
    if (bridge.mode() == BridgeMode.NAT) {
      chains.add(new Chain("post_" + name, POSTROUTING, post));
    }
    chains.add(new Chain("fwd_" + name, FORWARD, forward));
    return chains;
  }

  /** To any local address but loopback's (which cannot be routed to a guest), or to from. */
  private static String dnat(FirewallPlan.Forward f) {
    String to =
        f.from()
            .map(from -> "ip daddr " + from)
            .orElse("ip daddr != 127.0.0.0/8 fib daddr type local");
    return to
        + " "
        + f.proto().id()
        + " dport "
        + f.port()
        + " dnat ip to "
        + f.guest()
        + ":"
        + f.to();
  }
}
