package dev.netgen.realtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether nftables' bridge family can do what ebtables.sh does for MAC NAT (docs/firewall.md, "MAC
 * NAT stays ebtables"): a guest bridged onto a stand-in access point that drops every frame whose
 * source MAC is not its station's (the host's uplink). Without rules the guest's frames are
 * dropped; with the nft rules below (source MAC and ARP sender rewritten out of the uplink,
 * destination MAC and ARP target rewritten back for the guest's IP) the guest reaches the LAN
 * router, the router knows the guest's IP at the uplink's MAC, and the LAN reaches the guest. An
 * experiment kept as a test: netgen still writes ebtables.sh for mac_nat.
 */
class MacNatNftablesRealToolTest {
  private static final String RULES =
      """
      table bridge macnat {
      	chain post {
      		type filter hook postrouting priority srcnat; policy accept;
      		oifname "wlan0" ether type arp arp saddr ether set 02:11:22:33:44:55
      		oifname "wlan0" ether saddr set 02:11:22:33:44:55
      	}
      	chain pre {
      		type filter hook prerouting priority dstnat; policy accept;
      		iifname "wlan0" ether type ip ip daddr 192.168.1.50 ether daddr set 00:26:c6:21:cf:02
      		iifname "wlan0" ether type arp arp daddr ip 192.168.1.50 ether daddr set 00:26:c6:21:cf:02 arp daddr ether set 00:26:c6:21:cf:02
      	}
      }
      """;

  /**
   * The host (this namespace), the access point's LAN (lan) and the guest, as in lab/mac_nat.sh.
   */
  private static final String LAB =
      """
      set -u
      HM=02:11:22:33:44:55; GM=00:26:c6:21:cf:02
      mount -t tmpfs lab /run && mkdir -p /run/netns
      ip netns add lan && ip netns add guest
      ip link add wlan0 address $HM type veth peer name ap0 netns lan
      ip netns exec lan sh -c "ip link set lo up && ip link add lan0 type bridge &&
        ip link set ap0 master lan0 up && ip addr add 192.168.1.1/24 dev lan0 && ip link set lan0 up &&
        ebtables -A FORWARD -i ap0 -s ! $HM -j DROP && ebtables -A INPUT -i ap0 -s ! $HM -j DROP"
      ip link add g0 type veth peer name eth0 netns guest
      ip netns exec guest sh -c "ip link set lo up && ip link set eth0 address $GM up &&
        ip addr add 192.168.1.50/24 dev eth0"
      ip link add br0 type bridge && ip link set wlan0 master br0 up && ip link set g0 master br0 up &&
        ip link set br0 up
      sysctl -qw net.bridge.bridge-nf-call-iptables=0 2>/dev/null || :
      if [ "$1" = nft ]; then nft -f "$2" || exit 9; fi
      ip netns exec guest ping -c 1 -W 2 192.168.1.1 >/dev/null; echo "guest-to-router $?"
      echo "router-neighbour $(ip netns exec lan ip neigh show 192.168.1.50 | cut -d' ' -f5)"
      ip netns exec lan ping -c 1 -W 2 192.168.1.50 >/dev/null; echo "lan-to-guest $?"
      echo "ap-dropped $(ip netns exec lan ebtables -L --Lc | sed -n 's/.*pcnt = \\([0-9]*\\).*/\\1/p' | awk '{s += $1} END {print s + 0}')"
      ip netns del lan; ip netns del guest
      """;

  @TempDir Path tmp;

  @BeforeEach
  void needsRootAndTools() {
    RealTool.requireRoot();
    RealTool.require("unshare", "util-linux");
    RealTool.require("ip", "iproute2");
    RealTool.require("ebtables", "ebtables");
    RealTool.require("nft", "nftables");
  }

  private String run(String mode) throws java.io.IOException {
    Path rules = tmp.resolve("macnat.nft");
    java.nio.file.Files.writeString(rules, RULES);
    var run =
        Proc.run(
            tmp, "unshare", "--net", "--mount", "sh", "-c", LAB, "lab", mode, rules.toString());
    assertThat(run.exit()).as("%s", run).isZero();
    return run.out();
  }

  @Test
  void withoutRulesTheAccessPointDropsTheGuest() throws java.io.IOException {
    assertThat(run("none")).contains("guest-to-router 1\n").doesNotContain("ap-dropped 0\n");
  }

  @Test
  void nftablesBridgeRulesRewriteMacsAndArpBothWays() throws java.io.IOException {
    assertThat(run("nft"))
        .contains(
            "guest-to-router 0\n",
            "router-neighbour 02:11:22:33:44:55\n",
            "lan-to-guest 0\n",
            "ap-dropped 0\n");
  }
}
