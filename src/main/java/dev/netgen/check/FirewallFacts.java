package dev.netgen.check;

import dev.netgen.model.Bridge;
import dev.netgen.model.Interface;
import dev.netgen.model.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A bridge's NETGEN chains as the kernel has them now, against what the rendered scripts load
 * (FirewallRules): the chain, its rules in order, and the one jump into it from the built-in chain.
 * Root only: the listings need CAP_NET_ADMIN.
 */
final class FirewallFacts {
  private final Context context;
  private final Consumer<Fact> out;

  FirewallFacts(Context context, Consumer<Fact> out) {
    this.context = context;
    this.out = out;
  }

  void nat(Bridge bridge, String script) {
    String name = bridge.name().value().text();
    var nat = bridge.nat().orElseThrow();
    var cidr = bridge.staticCidr();
    if (cidr.isEmpty()) {
      return; // lint's nat-needs-static-address; render refuses it
    }
    String subnet = cidr.get().subnet().toString();
    String uplink = nat.uplink().value().text();
    String hint = script + " start " + name + " loads them (ifup " + name + " runs it)";
    var saved = saved(Running.IPTABLES, name, "iptables NETGEN chains", hint);
    if (saved.isEmpty()) {
      return;
    }
    chain(
        name,
        "iptables nat",
        saved.get().table("nat"),
        "POSTROUTING",
        "NETGEN_POST_" + name,
        FirewallRules.natPost(name, subnet, uplink),
        hint);
    chain(
        name,
        "iptables filter",
        saved.get().table("filter"),
        "FORWARD",
        "NETGEN_FWD_" + name,
        FirewallRules.natForward(name, subnet),
        hint);
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
