package dev.netgen.realtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.render.RenderFixture;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import dev.netgen.write.TreeWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NAT66 as both firewall backends render it, loaded for real in a throwaway network namespace:
 * iptables.sh's ip6tables chains (start twice gives the same rules, stop leaves what was there),
 * and netgen.nft with its ip6 rules through nft -c and nft -f.
 */
class Nat66RealToolTest {
  private static final String MODEL =
      """
      version: 1
      host: {firewall: FIREWALL}
      interfaces:
        wlan0: {type: wireless, address: dhcp, address6: [auto]}
      bridges:
        br0:
          address: 172.16.1.1/24
          address6: [fd42:1::1/64, fd42:2::1/64]
          nat: {uplink: wlan0, ipv6: true}
        br1: {address: 172.16.2.1/24, nat: {uplink: wlan0}}
      """;

  private static final String IP6TABLES_RULES =
      "rules() { ip6tables-save | grep -v '^#' | sed 's/ \\[[0-9]*:[0-9]*\\]$//' || true; }";

  @TempDir Path tmp;

  @BeforeEach
  void needsRootAndTools() {
    RealTool.requireRoot();
    RealTool.require("unshare", "util-linux");
  }

  @Test
  void iptablesScriptLoadsNat66IdempotentlyAndStopLeavesOnlyForeignRules() {
    RealTool.require("ip6tables", "iptables");
    var steps =
        run(
            "iptables",
            "etc/netgen/iptables.sh",
            IP6TABLES_RULES,
            """
            ip6tables -w -t nat -A POSTROUTING -s fd99::/64 -j MASQUERADE
            ip6tables -w -A FORWARD -i eth9 -j ACCEPT
            step before; rules
            step start; sh "$S" start; rules
            step again; sh "$S" start; rules
            step stop; sh "$S" stop; rules
            """);
    String started = steps.get("start");
    assertThat(started)
        .contains(":NETGEN_POST_br0 -", ":NETGEN_FWD_br0 -")
        .contains("-A POSTROUTING -j NETGEN_POST_br0\n", "-A FORWARD -j NETGEN_FWD_br0\n")
        .contains(
            "-A NETGEN_POST_br0 -s fd42:1::/64 ! -d fd42:1::/64 -o wlan0 -j MASQUERADE\n",
            "-A NETGEN_POST_br0 -s fd42:2::/64 ! -d fd42:2::/64 -o wlan0 -j MASQUERADE\n",
            "-A NETGEN_FWD_br0 -d fd42:1::/64 -o br0 -m conntrack --ctstate RELATED,ESTABLISHED"
                + " -j ACCEPT\n",
            "-A NETGEN_FWD_br0 -s fd42:1::/64 -i br0 -j ACCEPT\n",
            "-A NETGEN_FWD_br0 -i br0 -o br0 -j ACCEPT\n",
            "-A FORWARD -i eth9 -j ACCEPT\n",
            "-A POSTROUTING -s fd99::/64 -j MASQUERADE\n")
        .as("a bridge without nat.ipv6 has no IPv6 chains")
        .doesNotContain("br1");
    assertThat(steps.get("again")).as("a second start changes nothing").isEqualTo(started);
    assertThat(steps.get("stop")).as("stop leaves what was there").isEqualTo(steps.get("before"));
  }

  @Test
  void nftablesRulesWithIp6PassNftAndLoad() throws Exception {
    RealTool.require("nft", "nftables");
    new TreeWriter(tmp).write(RenderFixture.render(MODEL.replace("FIREWALL", "nftables")));
    var check = Proc.run(tmp, "unshare", "--net", "nft", "-c", "-f", "etc/netgen/netgen.nft");
    assertThat(check.exit()).as(check.toString()).isZero();
    var load =
        Proc.run(
            tmp,
            "unshare",
            "--net",
            "sh",
            "-c",
            "nft -f etc/netgen/netgen.nft && nft list chain inet netgen post_br0");
    assertThat(load.exit()).as(load.toString()).isZero();
    assertThat(load.out())
        .contains("oifname \"wlan0\" ip6 saddr fd42:1::/64 ip6 daddr != fd42:1::/64 masquerade")
        .contains("oifname \"wlan0\" ip6 saddr fd42:2::/64 ip6 daddr != fd42:2::/64 masquerade");
  }

  private Map<String, String> run(String firewall, String script, String helpers, String steps) {
    new TreeWriter(tmp).write(RenderFixture.render(MODEL.replace("FIREWALL", firewall)));
    assertThat(Files.exists(tmp.resolve(script))).isTrue();
    String body =
        "set -e\nS="
            + tmp.resolve(script)
            + "\nstep() { echo \"@@ $1\"; }\n"
            + helpers
            + "\n"
            + steps;
    var result = Proc.run(tmp, "unshare", "--net", "sh", "-c", body);
    assertThat(result.exit()).as(result.toString()).isZero();
    return Steps.of(result.out());
  }
}
