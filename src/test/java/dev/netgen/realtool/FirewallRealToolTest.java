package dev.netgen.realtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.render.RenderFixture;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import dev.netgen.write.TreeWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered firewall scripts run for real in a throwaway network namespace (docs/formats.md,
 * iptables and ebtables): start loads the rules, a second start changes nothing, stop leaves
 * exactly what was there before, and a rule netgen does not own survives all of it.
 */
class FirewallRealToolTest {
  /** Two NAT bridges; the second has the longest name the kernel allows (15 bytes). */
  private static final String NAT =
      """
      version: 1
      interfaces:
        wlan0: {type: wireless, address: dhcp}
        eth1: {address: dhcp}
      bridges:
        br0: {address: 172.16.1.1/24, nat: {uplink: wlan0}}
        brfifteenchars1: {address: 10.44.0.1/16, nat: {uplink: eth1}}
      """;

  /** Two MAC NAT bridges: one uplink MAC read from sysfs, one fixed by the model. */
  private static final String MAC_NAT =
      """
      version: 1
      interfaces:
        wlan0: {type: wireless, four_addr: true}
        wlan1: {type: wireless, four_addr: true, mac: "02:aa:bb:cc:dd:ee"}
      taps:
        tap0: {}
        tap1: {}
      bridges:
        br0: {ports: [wlan0, tap0], address: dhcp, mac_nat: {uplink: wlan0}}
        br1: {ports: [wlan1, tap1], mac_nat: {uplink: wlan1}}
      guests:
        win7:
          nics:
            - {tap: tap0, mac: "00:26:c6:21:cf:02", ip: 192.168.1.50}
            - {tap: tap1, mac: "00:26:c6:21:cf:03", ip: 192.168.2.50}
      """;

  /** The rule listing, without comments (they hold the time) and counters. */
  private static final String IPTABLES_RULES =
      "rules() { iptables-save | grep -v '^#' | sed 's/ \\[[0-9]*:[0-9]*\\]$//' || true; }";

  private static final String EBTABLES_RULES = "rules() { ebtables-save | grep -v '^#' || true; }";

  @TempDir Path tmp;

  @BeforeEach
  void needsRootAndTools() {
    RealTool.requireRoot();
    RealTool.require("unshare", "util-linux");
    RealTool.require("ip", "iproute2");
  }

  @Test
  void iptablesScriptIsIdempotentAndStopLeavesOnlyForeignRules() {
    RealTool.require("iptables", "iptables");
    var steps =
        namespace(
            NAT,
            "etc/netgen/iptables.sh",
            false,
            """
        iptables -w -t nat -A POSTROUTING -s 10.9.9.0/24 -j MASQUERADE
        iptables -w -A FORWARD -i eth9 -j ACCEPT
        step before; rules
        step start; sh "$S" start; rules
        step again; sh "$S" start; rules
        step stop-one; sh "$S" stop brfifteenchars1; rules
        step stop; sh "$S" stop; rules
        step stop-again; sh "$S" stop; rules
        """,
            IPTABLES_RULES);

    String started = steps.get("start");
    assertThat(started)
        .contains(
            ":NETGEN_POST_br0 -",
            ":NETGEN_FWD_br0 -",
            ":NETGEN_POST_brfifteenchars1 -",
            ":NETGEN_FWD_brfifteenchars1 -")
        .contains("-A POSTROUTING -j NETGEN_POST_br0\n")
        .contains("-A FORWARD -j NETGEN_FWD_brfifteenchars1\n")
        .contains("-A NETGEN_POST_br0 -s 172.16.1.0/24 ! -d 172.16.1.0/24 -o wlan0 -j MASQUERADE\n")
        .contains(
            "-A NETGEN_POST_brfifteenchars1 -s 10.44.0.0/16 ! -d 10.44.0.0/16 -o eth1 -j MASQUERADE\n")
        .contains(
            "-A NETGEN_FWD_br0 -d 172.16.1.0/24 -o br0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n")
        .contains("-A NETGEN_FWD_br0 -s 172.16.1.0/24 -i br0 -j ACCEPT\n")
        .contains("-A NETGEN_FWD_br0 -i br0 -o br0 -j ACCEPT\n")
        .contains(
            "-A POSTROUTING -s 10.9.9.0/24 -j MASQUERADE\n", "-A FORWARD -i eth9 -j ACCEPT\n");
    assertThat(steps.get("again")).as("a second start changes nothing").isEqualTo(started);
    assertThat(steps.get("stop-one"))
        .doesNotContain("brfifteenchars1")
        .contains("-A NETGEN_POST_br0 -s 172.16.1.0/24");
    assertThat(steps.get("stop"))
        .as("stop leaves what was there before")
        .isEqualTo(steps.get("before"));
    assertThat(steps.get("stop-again")).isEqualTo(steps.get("before"));
  }

  @Test
  void iptablesStopSaysSoAndFailsWhenAForeignRuleKeepsAChainOfOursLoaded() {
    RealTool.require("iptables", "iptables");
    var steps =
        namespace(
            NAT,
            "etc/netgen/iptables.sh",
            false,
            """
        sh "$S" start
        iptables -w -A FORWARD -i eth9 -j NETGEN_FWD_br0
        step stop; sh "$S" stop 2>&1 && echo "exit 0" || echo "exit $?"; rules
        step stop-one; sh "$S" stop br0 2>&1 && echo "exit 0" || echo "exit $?"
        iptables -w -D FORWARD -i eth9 -j NETGEN_FWD_br0
        step stop-freed; sh "$S" stop 2>&1 && echo "exit 0" || echo "exit $?"; rules
        """,
            IPTABLES_RULES);

    String said =
        tmp.resolve("etc/netgen/iptables.sh")
            + ": stop could not remove NETGEN_FWD_br0 (filter): a rule netgen did not write still"
            + " jumps to it; delete that rule (iptables-save shows it) and run stop again\n";
    assertThat(steps.get("stop"))
        .startsWith(said + "exit 1\n")
        .contains(":NETGEN_FWD_br0 -", "-A FORWARD -i eth9 -j NETGEN_FWD_br0\n")
        .doesNotContain("brfifteenchars1", "NETGEN_POST_br0");
    assertThat(steps.get("stop-one")).isEqualTo(said + "exit 1\n");
    assertThat(steps.get("stop-freed")).startsWith("exit 0\n").doesNotContain("NETGEN");
  }

  @Test
  void ebtablesStopSaysSoAndFailsWhenAForeignRuleKeepsAChainOfOursLoaded() {
    RealTool.require("ebtables", "ebtables");
    var steps =
        namespace(
            MAC_NAT,
            "etc/netgen/ebtables.sh",
            true,
            """
        ip link add wlan0 address 02:11:22:33:44:55 type veth peer name p0
        sh "$S" start
        ebtables -t nat -A PREROUTING -i eth9 -j NETGEN_PRE_br1
        step stop; sh "$S" stop 2>&1 && echo "exit 0" || echo "exit $?"; rules
        ebtables -t nat -D PREROUTING -i eth9 -j NETGEN_PRE_br1
        step stop-freed; sh "$S" stop 2>&1 && echo "exit 0" || echo "exit $?"; rules
        """,
            EBTABLES_RULES);

    assertThat(steps.get("stop"))
        .startsWith(
            tmp.resolve("etc/netgen/ebtables.sh")
                + ": stop could not remove NETGEN_PRE_br1 (nat): a rule netgen did not write still"
                + " jumps to it; delete that rule (ebtables-save shows it) and run stop again\n"
                + "exit 1\n")
        .contains(":NETGEN_PRE_br1 ")
        .doesNotContain("NETGEN_PRE_br0", "NETGEN_POST_br1");
    assertThat(steps.get("stop-freed")).startsWith("exit 0\n").doesNotContain("NETGEN");
  }

  @Test
  void iptablesScriptRefusesABridgeItDoesNotKnow() {
    RealTool.require("iptables", "iptables");
    var steps =
        namespace(
            NAT,
            "etc/netgen/iptables.sh",
            false,
            """
        step before; rules
        step unknown; sh "$S" start br9 2>&1 || echo "exit $?"; rules
        step usage; sh "$S" restart 2>&1 || echo "exit $?"
        """,
            IPTABLES_RULES);
    assertThat(steps.get("unknown"))
        .startsWith(
            tmp
                + "/etc/netgen/iptables.sh: br9 is not a bridge with iptables rules in this model\nexit 2\n")
        .endsWith(steps.get("before"));
    assertThat(steps.get("usage"))
        .contains("usage: ")
        .contains("start|stop [BRIDGE]")
        .endsWith("exit 2\n");
  }

  @Test
  void iptablesStopRemovesTheChainsOfABridgeThatLeftTheModel() {
    RealTool.require("iptables", "iptables");
    // the rules were started from the NAT model; the script now is that of a model without
    // brfifteenchars1, rendered in the meantime
    new TreeWriter(tmp.resolve("old")).write(RenderFixture.render(NAT));
    var steps =
        namespace(
            NAT.replace("  brfifteenchars1: {address: 10.44.0.1/16, nat: {uplink: eth1}}\n", ""),
            "etc/netgen/iptables.sh",
            false,
            """
        iptables -w -t nat -A POSTROUTING -s 10.9.9.0/24 -j MASQUERADE
        iptables -w -A FORWARD -i eth9 -j ACCEPT
        step before; rules
        sh "$OLD/etc/netgen/iptables.sh" start
        step named; sh "$S" stop brfifteenchars1; rules
        step named-gone; sh "$S" stop brgone 2>&1; echo "exit $?"; rules
        sh "$OLD/etc/netgen/iptables.sh" start
        step all; sh "$S" stop; rules
        """,
            IPTABLES_RULES);
    assertThat(steps.get("named"))
        .as("stop BRIDGE removes a bridge's chains even when the model no longer has it")
        .doesNotContain("brfifteenchars1")
        .contains("-A NETGEN_POST_br0 -s 172.16.1.0/24");
    assertThat(steps.get("named-gone"))
        .isEqualTo(
            tmp
                + "/etc/netgen/iptables.sh: brgone is not a bridge with iptables rules in this model; removing any chains of ours it still has\n"
                + "exit 0\n"
                + steps.get("named"));
    assertThat(steps.get("all"))
        .as("stop removes every bridge's chains, gone ones too")
        .isEqualTo(steps.get("before"));
  }

  /** A model whose bridges need no firewall: its scripts still exist, with no bridge in them. */
  private static final String NO_FIREWALL =
      """
      version: 1
      bridges:
        br0: {}
      """;

  @Test
  void iptablesStopOfAModelWithoutNatRemovesTheChainsAnEarlierModelStarted() {
    RealTool.require("iptables", "iptables");
    new TreeWriter(tmp.resolve("old")).write(RenderFixture.render(NAT));
    var steps =
        namespace(
            NO_FIREWALL,
            "etc/netgen/iptables.sh",
            false,
            """
        iptables -w -t nat -A POSTROUTING -s 10.9.9.0/24 -j MASQUERADE
        iptables -w -A FORWARD -i eth9 -j ACCEPT
        step before; rules
        sh "$OLD/etc/netgen/iptables.sh" start
        step started; rules
        step start-none; sh "$S" start; echo "exit $?"; rules
        step stop; sh "$S" stop; rules
        """,
            IPTABLES_RULES);
    assertThat(steps.get("started"))
        .contains("-A NETGEN_POST_br0 ", "-A NETGEN_FWD_brfifteenchars1 ");
    assertThat(steps.get("start-none"))
        .as("start with no NAT bridge does nothing")
        .isEqualTo("exit 0\n" + steps.get("started"));
    assertThat(steps.get("stop"))
        .as("the empty script's stop removes every chain of ours")
        .isEqualTo(steps.get("before"));
  }

  @Test
  void ebtablesStopOfAModelWithoutMacNatRemovesTheChainsAnEarlierModelStarted() {
    RealTool.require("ebtables", "ebtables");
    new TreeWriter(tmp.resolve("old")).write(RenderFixture.render(MAC_NAT));
    var steps =
        namespace(
            NO_FIREWALL,
            "etc/netgen/ebtables.sh",
            true,
            """
        ip link add wlan0 address 02:11:22:33:44:55 type veth peer name p0
        ebtables -t nat -A PREROUTING -p IPv4 --ip-dst 10.9.9.9 -j ACCEPT
        step before; rules
        sh "$OLD/etc/netgen/ebtables.sh" start
        step started; rules
        step stop; sh "$S" stop; rules
        """,
            EBTABLES_RULES);
    assertThat(steps.get("started"))
        .contains(":NETGEN_PRE_br0 RETURN\n", ":NETGEN_POST_br1 RETURN\n");
    assertThat(steps.get("stop"))
        .as("the empty script's stop removes every chain of ours")
        .isEqualTo(steps.get("before"));
  }

  @Test
  void ebtablesScriptRewritesMacsOnTheUplinkIdempotently() {
    RealTool.require("ebtables", "ebtables");
    var steps =
        namespace(
            MAC_NAT,
            "etc/netgen/ebtables.sh",
            true,
            """
        ip link add wlan0 address 02:11:22:33:44:55 type veth peer name p0
        ebtables -t nat -A PREROUTING -p IPv4 --ip-dst 10.9.9.9 -j ACCEPT
        step before; rules
        step start; sh "$S" start; rules
        step again; sh "$S" start; rules
        step stop; sh "$S" stop; rules
        """,
            EBTABLES_RULES);

    String started = steps.get("start");
    assertThat(started)
        .contains(
            ":NETGEN_PRE_br0 RETURN\n", ":NETGEN_POST_br0 RETURN\n", ":NETGEN_PRE_br1 RETURN\n")
        .contains("-A PREROUTING -j NETGEN_PRE_br0\n", "-A POSTROUTING -j NETGEN_POST_br1\n")
        // the uplink's own MAC: read from sysfs for wlan0, from the model for wlan1
        .contains(
            "-A NETGEN_POST_br0 -o wlan0 -j snat --to-src 02:11:22:33:44:55 --snat-arp --snat-target ACCEPT\n")
        .contains(
            "-A NETGEN_POST_br1 -o wlan1 -j snat --to-src 02:aa:bb:cc:dd:ee --snat-arp --snat-target ACCEPT\n")
        // frames and ARP for the guest's IP go to the guest NIC's MAC, matched on the uplink port
        .contains(
            "-A NETGEN_PRE_br0 -p IPv4 -i wlan0 --ip-dst 192.168.1.50 -j dnat --to-dst 00:26:c6:21:cf:02 --dnat-target ACCEPT\n")
        .contains(
            "-A NETGEN_PRE_br0 -p ARP -i wlan0 --arp-ip-dst 192.168.1.50 -j dnat --to-dst 00:26:c6:21:cf:02 --dnat-target ACCEPT\n")
        .contains(
            "-A NETGEN_PRE_br1 -p IPv4 -i wlan1 --ip-dst 192.168.2.50 -j dnat --to-dst 00:26:c6:21:cf:03 --dnat-target ACCEPT\n")
        .contains("-A PREROUTING -p IPv4 --ip-dst 10.9.9.9 -j ACCEPT\n")
        .doesNotContain("-i br0", "-o br0");
    assertThat(steps.get("again")).as("a second start changes nothing").isEqualTo(started);
    assertThat(steps.get("stop"))
        .as("stop leaves what was there before")
        .isEqualTo(steps.get("before"));
  }

  @Test
  void ebtablesStopRemovesTheChainsOfABridgeThatLeftTheModel() {
    RealTool.require("ebtables", "ebtables");
    new TreeWriter(tmp.resolve("old")).write(RenderFixture.render(MAC_NAT));
    var steps =
        namespace(
            MAC_NAT
                .replace("  br1: {ports: [wlan1, tap1], mac_nat: {uplink: wlan1}}\n", "")
                .replace("    - {tap: tap1, mac: \"00:26:c6:21:cf:03\", ip: 192.168.2.50}\n", ""),
            "etc/netgen/ebtables.sh",
            true,
            """
        ip link add wlan0 address 02:11:22:33:44:55 type veth peer name p0
        ebtables -t nat -A PREROUTING -p IPv4 --ip-dst 10.9.9.9 -j ACCEPT
        step before; rules
        sh "$OLD/etc/netgen/ebtables.sh" start
        step started; rules
        step named; sh "$S" stop br1; rules
        sh "$OLD/etc/netgen/ebtables.sh" start
        step all; sh "$S" stop; rules
        """,
            EBTABLES_RULES);
    assertThat(steps.get("started"))
        .contains(":NETGEN_PRE_br1 RETURN\n", ":NETGEN_POST_br0 RETURN\n");
    assertThat(steps.get("named")).doesNotContain("br1").contains(":NETGEN_POST_br0 RETURN\n");
    assertThat(steps.get("all"))
        .as("stop removes every bridge's chains, gone ones too")
        .isEqualTo(steps.get("before"));
  }

  @Test
  void ebtablesScriptRefusesToStartWithoutAnUplinkMac() {
    RealTool.require("ebtables", "ebtables");
    var steps =
        namespace(
            MAC_NAT,
            "etc/netgen/ebtables.sh",
            true,
            """
        ebtables -t nat -A PREROUTING -p IPv4 --ip-dst 10.9.9.9 -j ACCEPT
        step before; rules
        step start; sh "$S" start br0 2>/dev/null || echo "exit $?"; rules
        """,
            EBTABLES_RULES);
    assertThat(steps.get("start")).isEqualTo("exit 1\n" + steps.get("before"));
  }

  /** A nat bridge with port forwards, an isolated and a routed bridge (fixtures/nftables). */
  private static final String MODES =
      """
      version: 1
      host: {firewall: FIREWALL}
      interfaces:
        eth0: {address: dhcp}
      taps:
        tap0: {}
        tap1: {}
        tap2: {}
      bridges:
        br0: {ports: [tap0], address: 172.16.1.1/24, nat: {uplink: eth0}}
        lab0: {ports: [tap1], address: 10.10.0.1/24, mode: isolated}
        dmz-0.a: {ports: [tap2], address: 10.20.0.1/24, mode: routed}
      guests:
        web:
          nics: [{tap: tap0, mac: "52:54:00:00:01:02", ip: 172.16.1.2}]
          forwards:
            - {proto: tcp, port: 2222, to: 22}
            - {proto: udp, port: 5353, from: 192.168.1.50}
      """;

  /** The whole ruleset, every table: what nft lists is all the kernel has. */
  private static final String NFT_RULES = "rules() { nft list ruleset; }";

  @Test
  void nftablesRulesPassNftCheck() {
    RealTool.require("nft", "nftables");
    new TreeWriter(tmp).write(RenderFixture.render(MODES.replace("FIREWALL", "nftables")));
    var run = Proc.run(tmp, "unshare", "--net", "nft", "-c", "-f", "etc/netgen/netgen.nft");
    assertThat(run.exit()).as(run.toString()).isZero();
  }

  @Test
  void nftablesScriptReplacesItsTableWholeAndLeavesOtherTablesAlone() {
    RealTool.require("nft", "nftables");
    var steps =
        namespace(
            MODES.replace("FIREWALL", "nftables"),
            "etc/netgen/nftables.sh",
            false,
            """
        sed -i "s#^rules=.*#rules=$(dirname "$S")/netgen.nft#" "$S"
        nft add table ip other
        nft 'add chain ip other forward { type filter hook forward priority 0; policy drop; }'
        nft add rule ip other forward iifname eth9 accept
        step before; rules
        step start; sh "$S" start br0; rules
        step again; sh "$S" start; rules
        step stop-one; sh "$S" stop br0; rules
        step stop-unknown; sh "$S" stop br9 2>&1; echo "exit $?"; rules
        step start-unknown; sh "$S" start br9 2>&1 || echo "exit $?"
        step stop; sh "$S" stop lab0; sh "$S" stop dmz-0.a; rules
        sh "$S" start
        step stop-all; sh "$S" stop; rules
        step stop-again; sh "$S" stop; echo "exit $?"; rules
        """,
            NFT_RULES);
    String started = steps.get("start");
    assertThat(started)
        .contains(
            "chain pre_br0 {\n\t\ttype nat hook prerouting priority dstnat; policy accept;\n"
                + "\t\tip daddr != 127.0.0.0/8 fib daddr type local tcp dport 2222 dnat ip to"
                + " 172.16.1.2:22\n"
                + "\t\tip daddr 192.168.1.50 udp dport 5353 dnat ip to 172.16.1.2:5353\n")
        .contains("chain out_br0 {\n\t\ttype nat hook output priority -100; policy accept;\n")
        .contains(
            "oifname \"eth0\" ip saddr 172.16.1.0/24 ip daddr != 172.16.1.0/24 masquerade\n",
            "oifname \"br0\" ip saddr 172.16.1.0/24 ip daddr 172.16.1.2 tcp dport 22 ct status"
                + " dnat masquerade\n",
            "chain fwd_lab0 {",
            "iifname \"lab0\" reject\n",
            "chain fwd_dmz-0.a {",
            "oifname \"dmz-0.a\" ip daddr 10.20.0.0/24 accept\n")
        .contains("table ip other {");
    assertThat(steps.get("again")).as("a second start changes nothing").isEqualTo(started);
    assertThat(steps.get("stop-one"))
        .doesNotContain("_br0 {")
        .contains("chain fwd_lab0 {", "chain fwd_dmz-0.a {");
    assertThat(steps.get("stop-unknown"))
        .isEqualTo(
            tmp
                + "/etc/netgen/nftables.sh: br9 is not a bridge with nftables rules in this model;"
                + " removing any chains of ours it still has\nexit 0\n"
                + steps.get("stop-one"));
    assertThat(steps.get("start-unknown")).endsWith("exit 2\n");
    assertThat(steps.get("stop"))
        .as("the table goes with its last chain; the other table is as it was")
        .isEqualTo(steps.get("before"));
    assertThat(steps.get("stop-all")).isEqualTo(steps.get("before"));
    assertThat(steps.get("stop-again")).isEqualTo("exit 0\n" + steps.get("before"));
  }

  @Test
  void iptablesScriptWritesForwardsAndModesAndStopsClean() {
    RealTool.require("iptables", "iptables");
    var steps =
        namespace(
            MODES.replace("FIREWALL", "iptables"),
            "etc/netgen/iptables.sh",
            false,
            """
        iptables -w -t nat -A PREROUTING -s 10.9.9.0/24 -j ACCEPT
        iptables -w -A FORWARD -i eth9 -j ACCEPT
        step before; rules
        step start; sh "$S" start; rules
        step again; sh "$S" start; rules
        step stop-one; sh "$S" stop br0; rules
        step stop; sh "$S" stop; rules
        """,
            IPTABLES_RULES);
    String started = steps.get("start");
    assertThat(started)
        .contains(
            "-A PREROUTING -j NETGEN_PRE_br0\n",
            "-A OUTPUT -j NETGEN_OUT_br0\n",
            "-A NETGEN_PRE_br0 ! -d 127.0.0.0/8 -p tcp -m addrtype --dst-type LOCAL -m tcp"
                + " --dport 2222 -j DNAT --to-destination 172.16.1.2:22\n",
            "-A NETGEN_OUT_br0 -d 192.168.1.50/32 -p udp -m udp --dport 5353 -j DNAT"
                + " --to-destination 172.16.1.2:5353\n",
            "-A NETGEN_POST_br0 -s 172.16.1.0/24 -d 172.16.1.2/32 -o br0 -p tcp -m tcp --dport 22"
                + " -m conntrack --ctstate DNAT -j MASQUERADE\n",
            "-A NETGEN_FWD_lab0 -i lab0 -j REJECT --reject-with icmp-port-unreachable\n",
            "-A NETGEN_FWD_dmz-0.a -d 10.20.0.0/24 -o dmz-0.a -j ACCEPT\n")
        .doesNotContain("NETGEN_POST_lab0", "NETGEN_POST_dmz-0.a");
    assertThat(steps.get("again")).as("a second start changes nothing").isEqualTo(started);
    assertThat(steps.get("stop-one")).doesNotContain("_br0").contains("NETGEN_FWD_lab0");
    assertThat(steps.get("stop"))
        .as("stop leaves what was there before")
        .isEqualTo(steps.get("before"));
  }

  /**
   * Renders the model, then runs the steps in one fresh network namespace (and mount namespace with
   * its own sysfs when asked, so /sys/class/net shows the namespace's devices). Each "step NAME"
   * starts a section of output; returns the sections by name.
   */
  private Map<String, String> namespace(
      String yaml, String script, boolean ownSysfs, String steps, String helpers) {
    new TreeWriter(tmp).write(RenderFixture.render(yaml));
    String body =
        "set -e\n"
            + (ownSysfs ? "mount -t sysfs sysfs /sys\n" : "")
            + "S="
            + tmp.resolve(script)
            + "\n"
            + "OLD="
            + tmp.resolve("old")
            + "\n"
            + "step() { echo \"@@ $1\"; }\n"
            + helpers
            + "\n"
            + steps;
    String[] command =
        ownSysfs
            ? new String[] {"unshare", "--net", "--mount", "sh", "-c", body}
            : new String[] {"unshare", "--net", "sh", "-c", body};
    var run = Proc.run(tmp, command);
    assertThat(run.exit()).as(run.toString()).isZero();
    return Steps.of(run.out());
  }
}
