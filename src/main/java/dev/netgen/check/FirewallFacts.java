package dev.netgen.check;

import dev.netgen.model.Bridge;
import dev.netgen.model.BridgeMode;
import dev.netgen.model.Guest;
import dev.netgen.model.Interface;
import dev.netgen.model.Located;
import dev.netgen.model.PortForward;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A bridge's NETGEN chains as the kernel has them now, against what the rendered scripts load
 * (FirewallRules): the chain, its rules in order, and the one jump into it from the built-in chain;
 * under nftables, its chains in netgen's table against the rendered netgen.nft. Root only: the
 * listings need CAP_NET_ADMIN.
 */
final class FirewallFacts {
  /** netgen's own nftables table. */
  static final String NETGEN_TABLE = "inet netgen";

  private final Context context;
  private final Consumer<Fact> out;

  FirewallFacts(Context context, Consumer<Fact> out) {
    this.context = context;
    this.out = out;
  }

  /** A bridge's iptables chains by its mode (iptables.sh start): nat, routed or isolated. */
  void iptables(Bridge bridge, BridgeMode mode, String script) {
    String name = bridge.name().value().text();
    var cidr = bridge.staticCidr();
    if (cidr.isEmpty() || (mode == BridgeMode.NAT && bridge.nat().isEmpty())) {
      return; // lint's nat-needs-static-address and bridge-mode-needs; render refuses it
    }
    String subnet = cidr.get().subnet().toString();
    String hint = script + " start " + name + " loads them (ifup " + name + " runs it)";
    var saved = saved(Running.IPTABLES, name, "iptables NETGEN chains", hint);
    if (saved.isEmpty()) {
      return;
    }
    var nat = saved.get().table("nat");
    var filter = saved.get().table("filter");
    List<String> forward =
        switch (mode) {
          case NAT -> natChains(bridge, subnet, nat, hint);
          case ROUTED -> FirewallRules.routedForward(name, subnet);
          case ISOLATED -> FirewallRules.isolatedForward(name);
        };
    chain(name, "iptables filter", filter, "FORWARD", "NETGEN_FWD_" + name, forward, hint);
  }

  /** A nat bridge's nat-table chains; returns what its filter chain must hold. */
  private List<String> natChains(Bridge bridge, String subnet, SavedRules.Table nat, String hint) {
    String name = bridge.name().value().text();
    String uplink = bridge.nat().orElseThrow().uplink().value().text();
    var forwards = forwards(bridge);
    var post = new ArrayList<>(FirewallRules.natPost(name, subnet, uplink));
    post.addAll(FirewallRules.hairpin(name, subnet, forwards));
    chain(name, "iptables nat", nat, "POSTROUTING", "NETGEN_POST_" + name, post, hint);
    if (!forwards.isEmpty()) {
      for (String[] hook :
          new String[][] {{"PREROUTING", "NETGEN_PRE_"}, {"OUTPUT", "NETGEN_OUT_"}}) {
        String chain = hook[1] + name;
        chain(name, "iptables nat", nat, hook[0], chain, FirewallRules.dnat(chain, forwards), hint);
      }
    }
    var forward = new ArrayList<>(FirewallRules.natForward(name, subnet));
    forward.addAll(FirewallRules.dnatAccepts(name, forwards));
    return forward;
  }

  /** The port forwards that go to guests on this bridge, in model order. */
  private List<FirewallRules.Forward> forwards(Bridge bridge) {
    var forwards = new ArrayList<FirewallRules.Forward>();
    for (Guest guest : context.model().guests().values()) {
      var target = context.wiring().forwardTarget(guest);
      if (target.isEmpty()
          || !context
              .wiring()
              .bridgeOf(target.get().nic())
              .map(b -> b.name().value().equals(bridge.name().value()))
              .orElse(false)) {
        continue;
      }
      String ip = target.get().nic().ip().orElseThrow().value().toString();
      for (PortForward f : guest.forwards()) {
        forwards.add(
            new FirewallRules.Forward(
                f.proto().value().id(),
                f.port().value().number(),
                ip,
                f.target().number(),
                f.from().map(l -> l.value().toString())));
      }
    }
    return forwards;
  }

  /**
   * A bridge's chains in netgen's nftables table (ROLE_BRIDGE) against those of the rendered
   * netgen.nft: each exists with exactly its rules, in order, on its hook.
   */
  void nftables(Bridge bridge, String script, Optional<String> renderedRules) {
    String name = bridge.name().value().text();
    String hint = script + " start " + name + " loads them (ifup " + name + " runs it)";
    if (!context.host().root()) {
      out.accept(Fact.skip(name, "nft inet netgen chains", "loaded", Context.needsRoot("nft")));
      return;
    }
    var output = context.host().output(Running.NFT_RULESET);
    if (!output.ok()) {
      out.accept(
          Fact.fail(
              name,
              "nft inet netgen chains",
              "loaded",
              "nft list ruleset: " + output.why(),
              output.started() ? hint : "install nft (Debian: the nftables package)"));
      return;
    }
    var expected = NftRuleset.parse(renderedRules.orElse("")).table(NETGEN_TABLE);
    var loaded = NftRuleset.parse(output.out()).table(NETGEN_TABLE);
    expected.forEach(
        (chain, want) -> {
          if (chain.endsWith("_" + name)) {
            nftChain(name, chain, want, Optional.ofNullable(loaded.get(chain)), hint);
          }
        });
  }

  private void nftChain(
      String bridge,
      String chain,
      NftRuleset.Chain want,
      Optional<NftRuleset.Chain> found,
      String hint) {
    String what = "nft " + NETGEN_TABLE + " " + chain;
    String expected = rules(want.rules().size()) + ", " + want.hook();
    if (found.isEmpty()) {
      out.accept(Fact.fail(bridge, what, expected, "no such chain", hint));
      return;
    }
    var problems = new ArrayList<String>();
    if (!found.get().hook().equals(want.hook())) {
      problems.add("hook: " + found.get().hook());
    }
    want.rules().stream()
        .filter(r -> !found.get().rules().contains(r))
        .forEach(r -> problems.add("missing: " + r));
    found.get().rules().stream()
        .filter(r -> !want.rules().contains(r))
        .forEach(r -> problems.add("not netgen's: " + r));
    if (problems.isEmpty() && !found.get().rules().equals(want.rules())) {
      problems.add("rules out of order");
    }
    out.accept(
        problems.isEmpty()
            ? Fact.pass(bridge, what, expected, rules(found.get().rules().size()) + ", as rendered")
            : Fact.fail(bridge, what, expected, String.join("; ", problems), hint));
  }

  void macNat(Bridge bridge, String script) {
    String name = bridge.name().value().text();
    String uplink = bridge.macNat().orElseThrow().uplink().value().text();
    String hint = script + " start " + name + " loads them (ifup " + name + " runs it)";
    var saved = saved(Running.EBTABLES, name, "ebtables NETGEN chains", hint);
    if (saved.isEmpty()) {
      return;
    }
    // The script uses the model's MAC for the uplink, or reads the uplink's own when it starts.
    Optional<String> mac =
        Optional.ofNullable(context.model().interfaces().get(uplink))
            .flatMap(Interface::mac)
            .map(Located::value)
            .map(Object::toString)
            .or(() -> context.host().link(uplink).map(Link::mac));
    var table = saved.get().table("nat");
    chain(
        name,
        "ebtables nat",
        table,
        "POSTROUTING",
        "NETGEN_POST_" + name,
        FirewallRules.macNatPost(name, uplink, mac.orElse("(the MAC of " + uplink + ")")),
        hint);
    chain(
        name,
        "ebtables nat",
        table,
        "PREROUTING",
        "NETGEN_PRE_" + name,
        FirewallRules.macNatPre(context.wiring(), bridge, uplink),
        hint);
  }

  private Optional<SavedRules> saved(
      List<String> command, String bridge, String what, String hint) {
    if (!context.host().root()) {
      out.accept(Fact.skip(bridge, what, "loaded", Context.needsRoot("the firewall")));
      return Optional.empty();
    }
    var output = context.host().output(command);
    if (!output.ok()) {
      out.accept(
          Fact.fail(
              bridge,
              what,
              "loaded",
              String.join(" ", command) + ": " + output.why(),
              output.started()
                  ? hint
                  : "install " + command.get(0) + " (Debian: the iptables or ebtables package)"));
      return Optional.empty();
    }
    return Optional.of(context.host().saved(command));
  }

  private void chain(
      String bridge,
      String table,
      SavedRules.Table saved,
      String builtin,
      String chain,
      List<String> expected,
      String hint) {
    String name = table + " " + chain;
    if (!saved.has(chain)) {
      out.accept(Fact.fail(bridge, name, rules(expected.size()), "no such chain", hint));
      return;
    }
    var problems = new ArrayList<String>();
    long jumps =
        saved.chain(builtin).stream()
            .filter(r -> r.equals("-A " + builtin + " -j " + chain))
            .count();
    if (jumps != 1) {
      problems.add(jumps + " jumps from " + builtin);
    }
    var found = saved.chain(chain);
    for (String rule : expected) {
      if (!found.contains(rule)) {
        problems.add("missing: " + rule);
      }
    }
    for (String rule : found) {
      if (!expected.contains(rule)) {
        problems.add("not netgen's: " + rule);
      }
    }
    if (problems.isEmpty() && !found.equals(expected)) {
      problems.add("rules out of order");
    }
    String want = rules(expected.size()) + ", 1 jump from " + builtin;
    out.accept(
        problems.isEmpty()
            ? Fact.pass(bridge, name, want, rules(found.size()) + ", 1 jump from " + builtin)
            : Fact.fail(bridge, name, want, String.join("; ", problems), hint));
  }

  private static String rules(int n) {
    return n + (n == 1 ? " rule" : " rules");
  }
}
