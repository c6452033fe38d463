package dev.netgen.check;

import dev.netgen.model.Address;
import dev.netgen.model.Bridge;
import dev.netgen.model.Firewall;
import dev.netgen.model.Interface;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Facts about the host as a whole: its default route, IPv4 forwarding, and what elsewhere on the
 * host breaks the model (a FORWARD policy of DROP, br_netfilter, two iptables backends, strict
 * reverse-path filtering on a NAT uplink).
 */
final class HostFacts {
  static final String HOST = "host";
  static final String IP_FORWARD = "/proc/sys/net/ipv4/ip_forward";
  static final String BRIDGE_NF = "/proc/sys/net/bridge/bridge-nf-call-iptables";

  private final Context context;
  private final Consumer<Fact> out;

  HostFacts(Context context, Consumer<Fact> out) {
    this.context = context;
    this.out = out;
  }

  /**
   * The device the default route should leave by: the one with a gateway, else the one DHCP device.
   */
  void defaultRoute() {
    var withGateway = new ArrayList<String[]>();
    var dhcp = new ArrayList<String>();
    for (Interface nic : context.model().interfaces().values()) {
      device(nic.name().value().text(), nic.address().value(), nic.gateway(), withGateway, dhcp);
    }
    for (Bridge bridge : context.model().bridges().values()) {
      device(
          bridge.name().value().text(),
          bridge.address().value(),
          bridge.gateway(),
          withGateway,
          dhcp);
    }
    String dev;
    String via;
    if (withGateway.size() == 1) {
      dev = withGateway.get(0)[0];
      via = withGateway.get(0)[1];
    } else if (withGateway.isEmpty() && dhcp.size() == 1) {
      dev = dhcp.get(0);
      via = "";
    } else {
      return; // the model names no single way out
    }
    var defaults = context.host().routes().stream().filter(Route::isDefault).toList();
    String found =
        defaults.isEmpty()
            ? "none"
            : defaults.stream()
                .map(
                    r ->
                        (r.gateway().isEmpty() ? "" : "via " + r.gateway() + " ")
                            + "dev "
                            + r.dev())
                .collect(Collectors.joining(", "));
    boolean ok =
        defaults.stream()
            .anyMatch(r -> r.dev().equals(dev) && (via.isEmpty() || r.gateway().equals(via)));
    String expected = (via.isEmpty() ? "" : "via " + via + " ") + "dev " + dev;
    out.accept(
        ok
            ? Fact.pass("route", "default", expected, found)
            : Fact.fail(
                "route",
                "default",
                expected,
                found,
                via.isEmpty()
                    ? dev
                        + " has no lease, or another default route wins: "
                        + context.upCommand(dev)
                        + "; ip route shows them all"
                    : "ip route replace default via "
                        + via
                        + " dev "
                        + dev
                        + ", or "
                        + context.upCommand(dev)));
  }

  private void device(
      String name,
      Address address,
      Optional<Located<Ipv4>> gateway,
      List<String[]> withGateway,
      List<String> dhcp) {
    if (context.wiring().bridgeOf(name).isPresent()) {
      return; // a port's address, if any, is not how the host gets out
    }
    gateway.ifPresent(g -> withGateway.add(new String[] {name, g.value().toString()}));
    if (address instanceof Address.Dhcp) {
      dhcp.add(name);
    }
  }

  void forwarding() {
    var set = context.model().forwarding().ipv4();
    if (set.isEmpty() && !context.model().forwardingOn()) {
      return; // the model leaves it to the host
    }
    String expected = context.model().forwardingOn() ? "1" : "0";
    String found = context.host().file(IP_FORWARD).orElse("unreadable");
    out.accept(
        Fact.equal(
            HOST,
            "net.ipv4.ip_forward",
            expected,
            found,
            "sysctl -w net.ipv4.ip_forward="
                + expected
                + " now; netgen's sysctl file sets it at boot (sysctl --system loads it)"));
  }

  /**
   * Docker and firewalld set FORWARD's policy to DROP; a NAT bridge then needs its own accept
   * first.
   */
  void forwardPolicy() {
    if (context.model().bridges().isEmpty()) {
      return;
    }
    if (!context.host().root()) {
      out.accept(
          Fact.skip(
              HOST,
              "iptables FORWARD policy",
              "ACCEPT, or an accept for each bridge",
              Context.needsRoot("the firewall")));
      return;
    }
    var saved = context.host().output(Running.IPTABLES);
    if (!saved.ok()) {
      out.accept(
          Fact.skip(
              HOST,
              "iptables FORWARD policy",
              "ACCEPT, or an accept for each bridge",
              "iptables-save: " + saved.why()));
      return;
    }
    var filter = context.host().saved(Running.IPTABLES).table("filter");
    String policy = filter.policies().getOrDefault("FORWARD", "ACCEPT");
    if (policy.equals("ACCEPT")) {
      out.accept(
          Fact.pass(
              HOST, "iptables FORWARD policy", "ACCEPT, or an accept for each bridge", policy));
      return;
    }
    // Under nftables no jump of netgen's is in this chain: its DROP drops whatever netgen's table
    // accepted.
    boolean nftables = context.model().host().firewallOrDefault() == Firewall.NFTABLES;
    var uncovered = new ArrayList<String>();
    for (Bridge bridge : context.model().bridges().values()) {
      String name = bridge.name().value().text();
      boolean firewalled = bridge.effectiveMode().isPresent();
      boolean accepted =
          !nftables
              && firewalled
              && filter.chain("FORWARD").contains("-A FORWARD -j NETGEN_FWD_" + name);
      if (!accepted && (firewalled || bridgeNetfilter(name))) {
        uncovered.add(name);
      }
    }
    out.accept(
        uncovered.isEmpty()
            ? Fact.pass(
                HOST,
                "iptables FORWARD policy",
                "ACCEPT, or an accept for each bridge",
                policy + ", every bridge accepted")
            : Fact.fail(
                HOST,
                "iptables FORWARD policy",
                "ACCEPT, or an accept for each bridge",
                policy + "; nothing accepts " + String.join(", ", uncovered),
                nftables
                    ? "something (Docker, firewalld, ufw) set FORWARD to "
                        + policy
                        + ": an accept in netgen's nftables table ends only that table's chain, so guests of those bridges are cut off;"
                        + " accept them where the DROP is (Docker: iptables -I DOCKER-USER -i BRIDGE -j ACCEPT, and -o BRIDGE)"
                    : "something (Docker, firewalld, ufw) set FORWARD to "
                        + policy
                        + ": guests of those bridges are cut off; start netgen's firewall script again, or add an accept for them (Docker: in DOCKER-USER)"));
  }

  /**
   * Under nftables: a base chain on the forward hook with policy drop in a table not netgen's (an
   * nftables.conf of the distribution's, firewalld's). Every base chain on a hook sees every packet
   * and a drop in any of them is final, so netgen's accepts do not help; iptables' own FORWARD
   * (table ip filter) is forwardPolicy's.
   */
  void nftForwardDrop() {
    String name = "nftables forward drop";
    String expected = "no forward chain with policy drop outside inet netgen";
    if (context.model().bridges().values().stream().noneMatch(b -> b.effectiveMode().isPresent())) {
      return;
    }
    if (!context.host().root()) {
      out.accept(Fact.skip(HOST, name, expected, Context.needsRoot("nft")));
      return;
    }
    var output = context.host().output(Running.NFT_RULESET);
    if (!output.ok()) {
      out.accept(Fact.skip(HOST, name, expected, "nft list ruleset: " + output.why()));
      return;
    }
    var dropping = new ArrayList<String>();
    NftRuleset.parse(output.out())
        .tables()
        .forEach(
            (table, chains) ->
                chains.forEach(
                    (chain, c) -> {
                      boolean iptables = table.endsWith(" filter") && chain.equals("FORWARD");
                      if (!table.equals(FirewallFacts.NETGEN_TABLE)
                          && !iptables
                          && c.hookName().filter("forward"::equals).isPresent()
                          && c.policy().filter("drop"::equals).isPresent()) {
                        dropping.add("table " + table + " chain " + chain);
                      }
                    }));
    out.accept(
        dropping.isEmpty()
            ? Fact.pass(HOST, name, expected, "none")
            : Fact.warn(
                HOST,
                name,
                expected,
                String.join(", ", dropping) + ": policy drop",
                "a drop in any table is final, whatever netgen's table accepted: unless those"
                    + " chains accept the guests' bridges (iifname/oifname BRIDGE accept), the"
                    + " guests are cut off"));
  }

  /** br_netfilter with bridge-nf-call-iptables=1 sends bridged frames through iptables' FORWARD. */
  void bridgeNetfilter() {
    if (context.model().bridges().isEmpty()) {
      return;
    }
    Optional<String> value = context.host().file(BRIDGE_NF);
    if (value.isEmpty()) {
      out.accept(
          Fact.pass(
              HOST,
              "bridge-nf-call-iptables",
              "0 or br_netfilter not loaded",
              "br_netfilter not loaded"));
      return;
    }
    if (value.get().equals("0")) {
      out.accept(Fact.pass(HOST, "bridge-nf-call-iptables", "0 or br_netfilter not loaded", "0"));
      return;
    }
    String policy = forwardPolicyIfReadable().orElse("unknown (needs root)");
    String hint =
        "bridged guests' frames now pass iptables' FORWARD chain, where a DROP (Docker's policy) drops them: "
            + "sysctl -w net.bridge.bridge-nf-call-iptables=0, unless something here needs it (Docker, Kubernetes)";
    out.accept(
        policy.equals("ACCEPT")
            ? Fact.warn(
                HOST,
                "bridge-nf-call-iptables",
                "0 or br_netfilter not loaded",
                value.get() + ", FORWARD policy ACCEPT",
                hint)
            : Fact.fail(
                HOST,
                "bridge-nf-call-iptables",
                "0 or br_netfilter not loaded",
                value.get() + ", FORWARD policy " + policy,
                hint));
  }

  private boolean bridgeNetfilter(String bridge) {
    return context.host().file(BRIDGE_NF).map("1"::equals).orElse(false)
        || context
            .host()
            .link(bridge)
            .map(l -> l.detail("nf_call_iptables").equals("1"))
            .orElse(false);
  }

  private Optional<String> forwardPolicyIfReadable() {
    var saved = context.host().output(Running.IPTABLES);
    return saved.ok()
        ? Optional.of(
            context
                .host()
                .saved(Running.IPTABLES)
                .table("filter")
                .policies()
                .getOrDefault("FORWARD", "ACCEPT"))
        : Optional.empty();
  }

  /**
   * Rules in iptables-legacy and iptables-nft at once: both act on every packet, and each hides the
   * other.
   */
  void backends() {
    if (!context.host().root()) {
      out.accept(
          Fact.skip(
              HOST,
              "firewall backends",
              "one of iptables-legacy, iptables-nft",
              Context.needsRoot("the firewall")));
      return;
    }
    var legacy = context.host().output(Running.LEGACY);
    var nft = context.host().output(Running.NFT);
    boolean legacyUsed = legacy.ok() && SavedRules.parse(legacy.out()).inUse();
    boolean nftUsed = nft.ok() && SavedRules.parse(nft.out()).inUse();
    String found =
        legacyUsed && nftUsed
            ? "both hold rules"
            : legacyUsed ? "iptables-legacy" : nftUsed ? "iptables-nft" : "no rules";
    out.accept(
        legacyUsed && nftUsed
            ? Fact.warn(
                HOST,
                "firewall backends",
                "one of iptables-legacy, iptables-nft",
                found,
                "every packet passes both rule sets and each tool lists only its own: netgen's scripts call `iptables` (update-alternatives --display iptables); move the other's rules over (iptables-legacy-save | iptables-nft-restore)")
            : Fact.pass(HOST, "firewall backends", "one of iptables-legacy, iptables-nft", found));
  }

  /** Strict reverse-path filtering on a NAT uplink drops replies that come back another way. */
  void rpFilter(String uplink) {
    String all = context.host().file("/proc/sys/net/ipv4/conf/all/rp_filter").orElse("");
    String dev = context.host().file("/proc/sys/net/ipv4/conf/" + uplink + "/rp_filter").orElse("");
    if (all.isEmpty() && dev.isEmpty()) {
      out.accept(
          Fact.skip(
              uplink, "rp_filter", "0 or 2 (loose)", "/proc/sys/net/ipv4/conf is not readable"));
      return;
    }
    // The kernel uses the larger of conf/all and conf/DEV.
    String effective = all.compareTo(dev) > 0 ? all : dev;
    String expected = "0 or 2 (loose)";
    if (!effective.equals("1")) {
      out.accept(Fact.pass(uplink, "rp_filter", expected, effective));
      return;
    }
    boolean symmetric =
        context.host().routes().stream().anyMatch(r -> r.isDefault() && r.dev().equals(uplink));
    String found = "1 (strict; all=" + all + ", " + uplink + "=" + dev + ")";
    String hint =
        "a packet that arrives on "
            + uplink
            + " from a source routed out elsewhere is dropped: sysctl -w net.ipv4.conf.all.rp_filter=2 net.ipv4.conf."
            + uplink
            + ".rp_filter=2";
    out.accept(
        symmetric
            ? Fact.warn(
                uplink,
                "rp_filter",
                expected,
                found,
                hint
                    + " (the default route goes out of "
                    + uplink
                    + " now; a second uplink or a VPN would break it)")
            : Fact.fail(
                uplink,
                "rp_filter",
                expected,
                found,
                hint + " (the default route does not go out of " + uplink + ")"));
  }
}
