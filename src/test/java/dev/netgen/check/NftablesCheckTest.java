package dev.netgen.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.render.FileSet;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.testing.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check under firewall: nftables, on a faked host (the nat fixture up, its nftables table loaded as
 * nft lists it): each bridge's chains in netgen's table against the rendered netgen.nft, and a drop
 * on the forward hook elsewhere (another table, or iptables' FORWARD policy) that netgen's accepts
 * cannot undo.
 */
class NftablesCheckTest {
  @TempDir Path root;
  private Model model;
  private FileSet rendered;
  private FakeHost host;

  @BeforeEach
  void renderTheNatFixtureWithNftables() throws IOException {
    Path yaml = root.resolve("nat-nft.yaml");
    Files.writeString(
        yaml,
        Files.readString(Path.of("fixtures/nat/model.yaml"))
            .replace("  distro: gentoo\n", "  distro: gentoo\n  firewall: nftables\n"));
    model = new ModelLoader().load(yaml.toString(), InputStream.nullInputStream());
    rendered = new Renderer().render(model, Targets.find("debian").orElseThrow());
    Path out = root.resolve("root");
    var run = CliRun.run("render", yaml.toString(), "--target", "debian", "--out", out.toString());
    assertThat(run.exit()).as("%s", run).isZero();
    host = new FakeHost(Files.readString(out.resolve("etc/dnsmasq.netgen.conf")));
    host.iptables =
        "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n";
    // what nft lists once nftables.sh start br0 loaded the rendered file
    host.nft =
        """
        table inet netgen {
        	chain post_br0 {
        		type nat hook postrouting priority srcnat; policy accept;
        		oifname "wlan0" ip saddr 172.16.1.0/24 ip daddr != 172.16.1.0/24 masquerade
        	}

        	chain fwd_br0 {
        		type filter hook forward priority filter; policy accept;
        		oifname "br0" ip daddr 172.16.1.0/24 ct state established,related accept
        		iifname "br0" ip saddr 172.16.1.0/24 accept
        		iifname "br0" oifname "br0" accept
        	}
        }
        """;
  }

  private List<String> facts() {
    return Check.run(model, "debian", rendered, root.resolve("root"), host).stream()
        .filter(f -> f.name().contains("nft") || f.name().contains("FORWARD"))
        .map(f -> f.status().word() + " " + f.subject() + " " + f.name() + ": " + f.found())
        .toList();
  }

  @Test
  void theLoadedTableAsRenderedPasses() {
    assertThat(facts())
        .containsExactly(
            "pass br0 nft inet netgen post_br0: 1 rule, as rendered",
            "pass br0 nft inet netgen fwd_br0: 3 rules, as rendered",
            "pass host iptables FORWARD policy: ACCEPT",
            "pass host nftables forward drop: none");
  }

  @Test
  void aMissingChainAndAForeignRuleFail() {
    host.nft =
        host.nft
            .replace(
                "\t\toifname \"wlan0\" ip saddr 172.16.1.0/24",
                "\t\toifname \"eth9\" ip saddr 172.16.1.0/24")
            .replace("\tchain fwd_br0 {", "\tchain fwd_br9 {");
    assertThat(facts())
        .contains(
            "fail br0 nft inet netgen post_br0: missing: oifname \"wlan0\" ip saddr 172.16.1.0/24"
                + " ip daddr != 172.16.1.0/24 masquerade; not netgen's: oifname \"eth9\" ip saddr"
                + " 172.16.1.0/24 ip daddr != 172.16.1.0/24 masquerade",
            "fail br0 nft inet netgen fwd_br0: no such chain");
  }

  @Test
  void aDropPolicyInAnotherTableWarns() {
    host.nft +=
        """
        table inet filter {
        	set blocked {
        		type ipv4_addr
        		elements = { 10.9.9.9 }
        	}

        	chain forward {
        		type filter hook forward priority filter; policy drop;
        	}
        }
        """;
    assertThat(facts())
        .contains("warn host nftables forward drop: table inet filter chain forward: policy drop");
  }

  @Test
  void dockersForwardDropFailsWithTheNftablesHint() {
    host.iptables = host.iptables.replace(":FORWARD ACCEPT", ":FORWARD DROP");
    var fact =
        Check.run(model, "debian", rendered, root.resolve("root"), host).stream()
            .filter(f -> f.name().equals("iptables FORWARD policy"))
            .findFirst()
            .orElseThrow();
    assertThat(fact.status()).isEqualTo(Status.FAIL);
    assertThat(fact.found()).isEqualTo("DROP; nothing accepts br0");
    assertThat(fact.hint()).contains("ends only that table's chain", "DOCKER-USER");
  }
}
