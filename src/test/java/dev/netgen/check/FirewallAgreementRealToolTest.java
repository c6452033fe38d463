package dev.netgen.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Bridge;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check does not run the rendered firewall scripts to learn what they load (FirewallRules says
 * why); this test does, in a throwaway network namespace, and holds FirewallRules' lines equal to
 * what the kernel then lists, for the nat and mac_nat fixtures. A change to a script's rules fails
 * here until check expects the same.
 */
class FirewallAgreementRealToolTest {
  private static final String UPLINK_MAC = "02:00:00:00:0a:01";

  @TempDir Path tmp;

  @Test
  void theNatScriptLoadsExactlyTheRulesCheckExpects() {
    Model model = renderDebian("nat");
    Bridge br0 = model.bridges().get("br0");
    String subnet = br0.staticCidr().orElseThrow().subnet().toString();
    var saved = SavedRules.parse(inNamespace("sh etc/netgen/iptables.sh start && iptables-save"));
    assertThat(saved.table("nat").chain("NETGEN_POST_br0"))
        .isEqualTo(FirewallRules.natPost("br0", subnet, "wlan0"));
    assertThat(saved.table("filter").chain("NETGEN_FWD_br0"))
        .isEqualTo(FirewallRules.natForward("br0", subnet));
    assertThat(saved.table("nat").chain("POSTROUTING"))
        .containsExactly("-A POSTROUTING -j NETGEN_POST_br0");
    assertThat(saved.table("filter").chain("FORWARD"))
        .containsExactly("-A FORWARD -j NETGEN_FWD_br0");
  }

  @Test
  void theForwardsAndModesOfTheIptablesFixtureLoadExactlyTheRulesCheckExpects() {
    renderDebian("iptables");
    var forwards =
        List.of(
            new FirewallRules.Forward("tcp", 2222, "172.16.1.2", 22, Optional.empty()),
            new FirewallRules.Forward("tcp", 8080, "172.16.1.2", 80, Optional.empty()),
            new FirewallRules.Forward(
                "udp", 5353, "172.16.1.2", 5353, Optional.of("192.168.1.50")));
    var saved = SavedRules.parse(inNamespace("sh etc/netgen/iptables.sh start && iptables-save"));
    var post = new ArrayList<>(FirewallRules.natPost("br0", "172.16.1.0/24", "eth0"));
    post.addAll(FirewallRules.hairpin("br0", "172.16.1.0/24", forwards));
    assertThat(saved.table("nat").chain("NETGEN_POST_br0")).isEqualTo(post);
    assertThat(saved.table("nat").chain("NETGEN_PRE_br0"))
        .isEqualTo(FirewallRules.dnat("NETGEN_PRE_br0", forwards));
    assertThat(saved.table("nat").chain("NETGEN_OUT_br0"))
        .isEqualTo(FirewallRules.dnat("NETGEN_OUT_br0", forwards));
    var forward = new ArrayList<>(FirewallRules.natForward("br0", "172.16.1.0/24"));
    forward.addAll(FirewallRules.dnatAccepts("br0", forwards));
    assertThat(saved.table("filter").chain("NETGEN_FWD_br0")).isEqualTo(forward);
    assertThat(saved.table("filter").chain("NETGEN_FWD_lab0"))
        .isEqualTo(FirewallRules.isolatedForward("lab0"));
    assertThat(saved.table("filter").chain("NETGEN_FWD_dmz0"))
        .isEqualTo(FirewallRules.routedForward("dmz0", "10.20.0.0/24"));
  }

  @Test
  void theMacNatScriptLoadsExactlyTheRulesCheckExpects() {
    RealTool.require("ebtables", "ebtables");
    Model model = renderDebian("mac_nat");
    Bridge br0 = model.bridges().get("br0");
    var saved =
        SavedRules.parse(inNamespace("sh etc/netgen/ebtables.sh start && ebtables-save"))
            .table("nat");
    assertThat(saved.chain("NETGEN_POST_br0"))
        .isEqualTo(FirewallRules.macNatPost("br0", "wlan0", UPLINK_MAC));
    assertThat(saved.chain("NETGEN_PRE_br0"))
        .isNotEmpty()
        .isEqualTo(FirewallRules.macNatPre(Wiring.of(model), br0, "wlan0"));
    assertThat(saved.chain("POSTROUTING")).containsExactly("-A POSTROUTING -j NETGEN_POST_br0");
    assertThat(saved.chain("PREROUTING")).containsExactly("-A PREROUTING -j NETGEN_PRE_br0");
  }

  private Model renderDebian(String fixture) {
    String path = "fixtures/" + fixture + "/model.yaml";
    var run = CliRun.run("render", path, "--target", "debian", "--out", tmp.toString());
    assertThat(run.exit()).as("%s", run).isZero();
    return new ModelLoader().load(path, InputStream.nullInputStream());
  }

  /**
   * Runs script in the rendered tree, in fresh network and mount namespaces that hold a veth wlan0
   * with UPLINK_MAC.
   */
  private String inNamespace(String script) {
    RealTool.requireRoot();
    RealTool.require("unshare", "util-linux");
    RealTool.require("iptables", "iptables");
    var run =
        Proc.run(
            tmp,
            "unshare",
            "--net",
            "--mount",
            "sh",
            "-c",
            "mount -t sysfs sysfs /sys && ip link add wlan0 address "
                + UPLINK_MAC
                + " type veth peer name peer0 && "
                + script);
    assertThat(run.exit()).as("%s", run).isZero();
    return run.out();
  }
}
