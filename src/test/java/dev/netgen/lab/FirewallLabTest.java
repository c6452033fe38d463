package dev.netgen.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.render.RenderFixture;
import dev.netgen.testing.RealTool;
import dev.netgen.write.TreeWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The firewall fixtures in network namespaces (lab/firewall.sh draws the set-up): one model,
 * fixtures/nftables and fixtures/iptables, once with each backend. Port forwards reach the guest
 * from the LAN, from the host itself and from a second guest (hairpin); a nat guest reaches the
 * internet; an isolated bridge's guest reaches the host and nothing beyond, and nothing reaches it;
 * a routed bridge's guest is reached from the LAN by its own address. Starting twice changes no
 * rule, and stopping leaves the whole ruleset, someone else's rules included, as it was.
 */
class FirewallLabTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"nftables", "iptables"})
  void forwardsModesAndStopBehaveAsTheModelSays(String firewall) throws IOException {
    RealTool.require("busybox", "busybox");
    RealTool.require("ss", "iproute2");
    if (firewall.equals("nftables")) {
      RealTool.require("nft", "nftables");
    }
    Path root = tmp.resolve("root");
    String yaml = Files.readString(Path.of("fixtures", firewall, "model.yaml"));
    new TreeWriter(root).write(RenderFixture.render(yaml));
    var env = new LinkedHashMap<String, String>();
    env.put("ROOT", root.toString());
    env.put("WORK", dir("work").toString());
    env.put("FIREWALL", firewall);

    var run = Lab.run(tmp, "firewall", env);

    var steps = run.steps();
    for (String connect :
        new String[] {"forward-from-lan", "forward-from-host", "forward-hairpin"}) {
      assertThat(steps.get(connect).exit()).as(run.transcript()).isZero();
      assertThat(steps.get(connect).out()).as(connect).isEqualTo("web\n");
    }
    assertThat(steps.get("isolated-out").exit())
        .as("an isolated guest does not reach the internet%n%s", run.transcript())
        .isNotZero();
    assertThat(steps.get("isolated-out").out()).contains("From 10.10.0.1 ", "Unreachable");
    assertThat(steps.get("isolated-in").exit()).as("nothing reaches an isolated guest").isNotZero();
    assertThat(steps.get("isolated-in").out()).contains("From 192.168.1.5 ", "Unreachable");
    assertThat(steps.get("routed-in").exit()).isZero();
    assertThat(steps.get("started-twice").out()).as("a second start changes nothing").isEmpty();
    assertThat(steps.get("stopped-as-before").out()).as("stop leaves the ruleset").isEmpty();
    assertThat(steps.get("rules-before").out()).isNotEqualTo(steps.get("rules-started").out());
    assertThat(steps.get("forward-stopped").exit()).as("stopped, nothing forwards").isNotZero();
  }

  private Path dir(String name) {
    try {
      return Files.createDirectories(tmp.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
