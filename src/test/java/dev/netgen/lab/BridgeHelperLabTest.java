package dev.netgen.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Distro;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.RealTool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guest NIC that names a bridge, with the real qemu-bridge-helper (lab/bridge-helper.sh): the
 * example whose taps the helper creates is rendered for Debian and booted; the helper refuses a
 * bridge the rendered ACL does not allow; QEMU itself parses the guest's rendered arguments and has
 * the helper put a tap on the bridge; and a guest wired to a tap the helper made takes its reserved
 * address from the rendered dnsmasq and reaches the internet through the rendered NAT. Run alone:
 * {@code mvn test -Dtest='BridgeHelper*'}.
 */
class BridgeHelperLabTest {
  private static final String MODEL = "examples/bridge-helper.yaml";
  private static final Path HELPER = Path.of("/usr/lib/qemu/qemu-bridge-helper");

  @TempDir Path tmp;

  @Test
  void theHelpersTapOnTheRenderedBridgeGetsTheGuestItsReservedAddress() throws IOException {
    RealTool.require("qemu-system-x86_64", "qemu-system-x86");
    RealTool.require("python3", "python3-minimal");
    if (!Files.isExecutable(HELPER)) {
      RealTool.require(HELPER.toString(), "qemu-system-common");
    }
    Model model =
        new ModelLoader().load(MODEL, InputStream.nullInputStream()).forTarget(Distro.DEBIAN);
    var wiring = Wiring.of(model);
    var nic =
        wiring.guestNics().stream().filter(g -> g.nic().helperTap()).findFirst().orElseThrow();
    String bridge = nic.nic().device().value().text();
    String mac = nic.nic().mac().value().toString();
    String ip = nic.nic().ip().orElseThrow().value().toString();
    String uplink =
        wiring.bridgeOf(nic.nic()).orElseThrow().nat().orElseThrow().uplink().value().text();

    Path root = tmp.resolve("root");
    var render = CliRun.run("render", MODEL, "--target", "debian", "--out", root.toString());
    assertThat(render.exit()).as("netgen render%n%s", render).isZero();
    assertThat(Files.readString(root.resolve("etc/qemu/bridge.netgen.conf")))
        .contains("\nallow " + bridge + "\n");

    var env = new LinkedHashMap<String, String>();
    env.put("ROOT", root.toString());
    env.put("WORK", Files.createDirectories(tmp.resolve("work")).toString());
    var lan = model.host().upstream().orElseThrow();
    env.put("LAN_SUBNET", lan.subnet().value().toString());
    env.put("LAN_ROUTER", EndToEndLabTest.lanRouter(model));
    lan.dhcpRange().ifPresent(r -> env.put("LAN_POOL", r.start().value() + "," + r.end().value()));
    env.put("BRIDGE", bridge);
    env.put("UPLINK", uplink);
    env.put("GUEST", nic.guest().name().value().text());
    env.put("GUEST_MAC", mac);

    Lab.run(tmp, "bridge-helper", env)
        .check(
            lab -> {
              assertThat(lab.out("ports-at-boot")).as("no port at boot").isEmpty();
              assertThat(lab.step("not-allowed").exit()).isNotZero();
              assertThat(lab.out("not-allowed")).contains("access denied by acl file");
              var qemu = lab.step("qemu");
              assertThat(qemu.exit()).as("%s", qemu).isZero();
              assertThat(qemu.out())
                  .contains("macaddr=" + mac)
                  .contains("type=tap,helper=")
                  .contains("br=" + bridge)
                  .containsPattern("ports of " + bridge + ": tap[0-9]+ ");
              assertThat(lab.out("ports-after-qemu")).as("QEMU's tap went with it").isEmpty();
              assertThat(lab.out("guest")).containsPattern("tap[0-9]+, a port of " + bridge);
              assertThat(lab.step("guest-address").command()).contains(" " + ip + "/24 ");
              assertThat(lab.out("leases")).contains(" " + mac + " " + ip + " ");
              assertThat(lab.step("ping").exit()).isZero();
              assertThat(lab.out("counters")).containsPattern("\\[1:[0-9]+\\] -A INPUT -s ");
            });
  }
}
