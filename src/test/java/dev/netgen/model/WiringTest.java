package dev.netgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WiringTest {
  private static final Model MODEL =
      new ModelLoader()
          .parse(
              "m.yaml",
              """
              version: 1
              host:
                upstream:
                  subnet: 192.168.1.0/24
              interfaces:
                eth1: {}
                eth0: {}
              taps:
                tap0: {}
                tap1: {}
              bridges:
                br0:
                  ports: [tap0, eth0, eth1]
                br1:
                  ports: [eth0, tap1]
                  address: 172.16.1.1/24
              guests:
                vm1:
                  nics:
                    - tap: tap1
                      mac: 52:54:00:00:00:01
                      ip: 172.16.1.10
                vm0:
                  nics:
                    - tap: tap0
                      mac: 52:54:00:00:00:02
                    - tap: tap1
                      mac: 52:54:00:00:00:03
              """
                  .getBytes(StandardCharsets.UTF_8));

  private final Wiring wiring = Wiring.of(MODEL);

  private Bridge bridge(String name) {
    return MODEL.bridges().get(name);
  }

  @Test
  void aPortInTwoBridgesBelongsToTheFirst() {
    assertThat(wiring.bridgeOf("eth0")).map(b -> b.name().value().text()).contains("br0");
    assertThat(wiring.bridgeOf("tap1")).map(b -> b.name().value().text()).contains("br1");
    assertThat(wiring.bridgeOf("eth9")).isEmpty();
  }

  @Test
  void onlyDevicesThatAreNoBridgesPortStartAtBoot() {
    var wiring =
        Wiring.of(
            new ModelLoader()
                .parse(
                    "m.yaml",
                    """
                    version: 1
                    interfaces:
                      eth0: {}
                      wlan0: {address: dhcp}
                    taps:
                      tap0: {}
                      tap9: {}
                    bridges:
                      br0: {ports: [eth0, tap0]}
                    """
                        .getBytes(StandardCharsets.UTF_8)));

    assertThat(wiring.startedAtBoot())
        .extracting(d -> d.kind() + " " + d.name().value())
        .containsExactly("interface wlan0", "tap tap9", "bridge br0");
  }

  @Test
  void nicsOnABridgeComeInModelOrderWithTheirNumbers() {
    assertThat(wiring.nicsOn(bridge("br1")))
        .extracting(Wiring.GuestNic::label)
        .containsExactly("NIC 1 of guest 'vm1'", "NIC 2 of guest 'vm0'");
    assertThat(wiring.reservedNics(bridge("br1")))
        .extracting(Wiring.GuestNic::label)
        .containsExactly("NIC 1 of guest 'vm1'");
  }

  @Test
  void interfacePortsAreTheDeclaredInterfacesInPortOrder() {
    assertThat(wiring.interfacePorts(bridge("br0")))
        .extracting(p -> p.name().value().text())
        .containsExactly("eth0", "eth1");
  }

  @Test
  void aBridgeWithoutAddressButWithAPhysicalPortLivesInTheLansSubnet() {
    assertThat(wiring.subnetOf(bridge("br0"))).map(Cidr::toString).contains("192.168.1.0/24");
    assertThat(wiring.subnetOf(bridge("br1"))).map(Cidr::toString).contains("172.16.1.0/24");
  }

  @Test
  void devicesAndMacsAreNamedAsMessagesNameThem() {
    assertThat(wiring.devices())
        .extracting(Wiring.Device::label)
        .startsWith("interface 'eth1'", "interface 'eth0'", "tap 'tap0'");
    assertThat(wiring.macs())
        .extracting(Wiring.OwnedMac::owner)
        .containsExactly("NIC 1 of guest 'vm1'", "NIC 1 of guest 'vm0'", "NIC 2 of guest 'vm0'");
    assertThat(wiring.kindOf("br1")).contains("bridge");
  }

  @Test
  void theResolversGoOnTheDefaultRouteThenOnDhcpThenOnAFixedAddress() {
    String devices =
        """
        version: 1
        interfaces:
          eth0: {address: 10.0.0.2/24}
          eth1: {address: dhcp}
          eth2: {address: 192.168.1.5/24, gateway: 192.168.1.1}
          eth3: {address: dhcp}
        taps:
          tap0: {}
        bridges:
          br0: {ports: [eth3, tap0], address: 172.16.1.1/24}
        """;
    assertThat(resolverDevice(devices)).contains("eth2");
    assertThat(resolverDevice(devices.replace(", gateway: 192.168.1.1", ""))).contains("eth1");
    assertThat(
            resolverDevice(
                devices
                    .replace(", gateway: 192.168.1.1", "")
                    .replace("eth1: {address: dhcp}", "eth1: {}")))
        .as("eth3 is a port: its bridge carries the address")
        .contains("eth0");
    assertThat(resolverDevice("version: 1\ninterfaces:\n  eth0: {}\n")).isEmpty();
  }

  @Test
  void aGuestNameIsAHostNameWhenItIsOneDnsLabel() {
    for (String ok : new String[] {"web", "Web-1", "9lives", "a"}) {
      assertThat(new GuestName(ok).isHostName()).as(ok).isTrue();
    }
    for (String bad : new String[] {"build_01", "web.old", "web-", "a_"}) {
      assertThat(new GuestName(bad).isHostName()).as(bad).isFalse();
    }
  }

  private static java.util.Optional<String> resolverDevice(String yaml) {
    var model = new ModelLoader().parse("r.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    return Wiring.of(model).resolverDevice().map(n -> n.value().text());
  }
}
