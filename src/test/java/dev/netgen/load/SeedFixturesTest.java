package dev.netgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.model.Address;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.testing.Fixtures;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The seed's three setups load as fixtures/README.md, which names the article, describes them. */
class SeedFixturesTest {
  private static Model load(String setup) {
    return new ModelLoader()
        .load(
            Fixtures.ROOT.resolve(setup).resolve("model.yaml").toString(),
            InputStream.nullInputStream());
  }

  @Test
  void bridgedPutsEthernetAndTapInOneDhcpBridge() {
    var model = load("bridged");
    var br0 = model.bridges().get("br0");
    assertThat(br0.ports()).extracting(p -> p.value().text()).containsExactly("eth0", "tap0");
    assertThat(br0.address().value()).isInstanceOf(Address.Dhcp.class);
    assertThat(br0.stpOn()).isTrue();
    assertThat(br0.forwardDelay().orElseThrow().value().duration())
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void macNatBridgesWirelessInFourAddressModeWithFixedGuestIp() {
    var model = load("mac_nat");
    assertThat(model.interfaces().get("wlan0").wireless()).isTrue();
    assertThat(model.interfaces().get("wlan0").fourAddrOn()).isTrue();
    assertThat(model.bridges().get("br0").macNat().orElseThrow().uplink().value().text())
        .isEqualTo("wlan0");
    assertThat(model.guests().get("win7").nics().get(0).ip()).isPresent();
  }

  @Test
  void natServesDhcpOnBridgeAndMasqueradesOutOfWlan() {
    var model = load("nat");
    var br0 = model.bridges().get("br0");
    assertThat(br0.staticCidr().orElseThrow()).hasToString("172.16.1.1/24");
    assertThat(br0.dhcpServer().orElseThrow().lease().map(Located::value).orElseThrow())
        .hasToString("12h");
    assertThat(br0.nat().orElseThrow().uplink().value().text()).isEqualTo("wlan0");
    assertThat(model.forwardingOn()).isTrue();
    assertThat(model.guests().get("win7").nics().get(0).mac().value())
        .hasToString("00:26:c6:21:cf:02");
  }
}
