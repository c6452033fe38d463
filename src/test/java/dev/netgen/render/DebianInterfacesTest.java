package dev.netgen.render;

import static dev.netgen.render.RenderFixture.has;
import static dev.netgen.render.RenderFixture.mode;
import static dev.netgen.render.RenderFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What /etc/network/interfaces says for models the fixtures do not cover. */
class DebianInterfacesTest {
  private static final String INTERFACES = "etc/network/interfaces";

  private static FileSet render(String yaml) {
    return RenderFixture.render(yaml, "debian");
  }

  private static String interfaces(String yaml) {
    return text(render(yaml), INTERFACES);
  }

  @Test
  void rendersTapStanzaBeforeTheBridgeThatEnslavesIt() {
    var file =
        interfaces(
            """
        version: 1
        bridges:
          br0: {ports: [tap0]}
        taps:
          tap0: {}
        """);
    // ifup -a brings interfaces up in the order of their auto lines.
    assertThat(file.indexOf("\nauto tap0\n")).isPositive().isLessThan(file.indexOf("\nauto br0\n"));
  }

  @Test
  void createsEachTapWithItsOwnerAndDeletesItAfterItGoesDown() {
    var file =
        interfaces(
            """
        version: 1
        taps:
          tap0: {owner: qemu, group: kvm, mac: "02:00:00:00:01:00"}
          tap1: {group: kvm}
          tap2: {}
        """);
    assertThat(file)
        .contains(
            """

            # tap0: tap for QEMU
            auto tap0
            iface tap0 inet manual
                hwaddress 02:00:00:00:01:00
                pre-up ip tuntap add dev tap0 mode tap user qemu group kvm
                post-down ip tuntap del dev tap0 mode tap
            """)
        .contains("\n    pre-up ip tuntap add dev tap1 mode tap group kvm\n")
        .contains("\n    pre-up ip tuntap add dev tap2 mode tap\n");
  }

  @Test
  void writesBridgeTimersInSecondsAndDoesNotWaitForThePortsOfAStaticBridge() {
    var file =
        interfaces(
            """
        version: 1
        bridges:
          br0: {stp: true, forward_delay: 1.5, hello_time: 2}
        """);
    assertThat(file)
        .contains(
            "\n    bridge_ports none\n    bridge_stp on\n    bridge_fd 1.5\n    bridge_hello 2\n    bridge_maxwait 0\n")
        .doesNotContain("150", "200");
  }

  @Test
  void waitsForThePortsOfADhcpBridgeWithStpOnly() {
    var file =
        interfaces(
            """
        version: 1
        interfaces:
          eth0: {address: none}
          eth1: {address: none}
        bridges:
          br0: {ports: [eth0], address: dhcp, stp: true, forward_delay: 2.5}
          br1: {ports: [eth1], address: dhcp, stp: true}
          br2: {ports: [], address: dhcp, stp: false}
        """);
    // 2 x forward delay, rounded up, and a second more; the kernel's 15 s when unset
    assertThat(file)
        .contains("    bridge_fd 2.5\n    bridge_maxwait 6\n")
        .contains("    bridge_stp on\n    bridge_maxwait 31\n")
        .contains("    bridge_stp off\n    bridge_maxwait 0\n");
  }

  @Test
  void createsAVlanPortInItsBridgesPreUpSoThatAFailureFailsIfup() {
    var file =
        interfaces(
            """
        version: 1
        interfaces:
          eth0: {address: none}
          eth0.10: {address: none}
        bridges:
          br0: {ports: [eth0.10], address: 10.0.0.1/24}
        """);
    assertThat(file)
        .contains("\n# eth0.10: ethernet, port of br0 (VLAN set by the bridge's pre-up)\n")
        .contains(
            "\n    pre-up ip link set dev eth0 up\n"
                + "    pre-up test -e /sys/class/net/eth0.10 || ip link add link eth0 name eth0.10 type"
                + " vlan id 10\n");
  }

  @Test
  void leavesKernelDefaultsAloneWhenTimersAreNotSet() {
    var file = interfaces("version: 1\nbridges:\n  br0: {stp: false}\n");
    assertThat(file)
        .contains(
            "\niface br0 inet manual\n    bridge_ports none\n    bridge_stp off\n    bridge_maxwait 0\n")
        .doesNotContain("    bridge_fd", "    bridge_hello");
  }

  @Test
  void givesBridgePortsAManualStanzaWithoutAStartLine() {
    var file =
        interfaces(
            """
        version: 1
        interfaces:
          eth0: {address: dhcp}
        bridges:
          br0: {ports: [eth0], address: 10.1.0.1/24, gateway: 10.1.0.254, mac: "02:00:00:00:0b:00"}
        """);
    assertThat(file)
        .contains("\n# eth0: ethernet, port of br0\niface eth0 inet manual\n\n")
        .contains(
            """

            auto br0
            iface br0 inet static
                address 10.1.0.1/24
                gateway 10.1.0.254
                hwaddress 02:00:00:00:0b:00
                bridge_ports eth0
                bridge_maxwait 0
            """)
        .doesNotContain("auto eth0", "allow-hotplug eth0", "eth0 inet dhcp");
  }

  @Test
  void startsEveryInterfaceThatIsNoPortAtBootWithAuto() {
    var file =
        interfaces(
            """
        version: 1
        interfaces:
          eth0: {address: dhcp}
          eth0.10: {address: 10.10.0.2/24, gateway: 10.10.0.1, mac: "02:00:00:00:00:01"}
          eth1: {}
        """);
    assertThat(file)
        .doesNotContain("allow-hotplug")
        .contains("\n# eth0: ethernet\nauto eth0\niface eth0 inet dhcp\n\n")
        .contains(
            """

            # eth0.10: ethernet
            auto eth0.10
            iface eth0.10 inet static
                address 10.10.0.2/24
                gateway 10.10.0.1
                hwaddress 02:00:00:00:00:01
            """)
        .endsWith("\n# eth1: ethernet\nauto eth1\niface eth1 inet manual\n");
  }

  @Test
  void preparesPortsInTheBridgesPreUpBeforeBridgeUtilsAddsThem() {
    var file =
        interfaces(
            """
        version: 1
        interfaces:
          eth0: {mac: "02:00:00:00:0e:01"}
          wlan0: {type: wireless, four_addr: true}
          wlan1: {type: wireless, four_addr: true}
        bridges:
          br0: {ports: [eth0, wlan0]}
        """);
    assertThat(file)
        .contains(
            "\n# eth0: ethernet, port of br0 (MAC set by the bridge's pre-up)\niface eth0 inet manual\n")
        .contains(
            "\n# wlan0: wireless, port of br0 (4-address mode set by the bridge's pre-up)\niface wlan0 inet manual\n")
        .contains(
            "    pre-up ip link set dev eth0 address 02:00:00:00:0e:01\n    pre-up iw dev wlan0 set 4addr on\n")
        .contains("# Wireless ports are switched to 4-address mode with iw (package iw)")
        .doesNotContain("hwaddress", "wlan1 set 4addr");
  }

  @Test
  void runsTheFirewallScriptsWhereOutputsMovedThemAndStopsThemInReverse() {
    var files =
        render(
            """
        version: 1
        interfaces:
          wlan0: {type: wireless, address: dhcp}
        bridges:
          br0:
            address: 172.16.1.1/24
            nat: {uplink: wlan0}
            mac_nat: {uplink: wlan0}
        outputs:
          iptables: /usr/local/sbin/netgen-nat
          ebtables: /usr/local/sbin/netgen-macnat
        """);
    assertThat(text(files, INTERFACES))
        .contains(
            """
                pre-up /usr/local/sbin/netgen-macnat start br0
                post-up /usr/local/sbin/netgen-nat start br0
                pre-down /usr/local/sbin/netgen-nat stop br0 || true
                pre-down /usr/local/sbin/netgen-macnat stop br0 || true
            """);
    assertThat(mode(files, "usr/local/sbin/netgen-nat")).isEqualTo(0755);
  }

  @Test
  void mainFileKeepsLoopbackAndSourcesInterfacesD() {
    var file = interfaces("version: 1\n");
    assertThat(file)
        .endsWith(
            """

            # Your own stanzas, for devices netgen does not configure, go in this folder:
            source /etc/network/interfaces.d/*

            auto lo
            iface lo inet loopback
            """);
  }

  @Test
  void fileMovedIntoInterfacesDHoldsNetgensStanzasOnly() {
    var files =
        render(
            """
        version: 1
        taps:
          tap0: {}
        outputs:
          interfaces: /etc/network/interfaces.d/netgen
        """);
    var file = text(files, "etc/network/interfaces.d/netgen");
    assertThat(file)
        .contains("# netgen's stanzas only: /etc/network/interfaces must source this file")
        .contains("\nauto tap0\n")
        .doesNotContain("\nsource ", "iface lo", "auto lo");
    assertThat(has(files, INTERFACES)).isFalse();
  }

  @Test
  void namesDnsmasqAndItsConfigOnlyWhenABridgeServesDhcp() {
    var served =
        interfaces(
            """
        version: 1
        bridges:
          br0: {address: 10.0.0.1/24, dhcp_server: {range: [10.0.0.10, 10.0.0.20]}}
        outputs:
          dnsmasq: /etc/dnsmasq.d/netgen.conf
        """);
    assertThat(served)
        .contains(
            "# DHCP for the bridges is dnsmasq's, from /etc/dnsmasq.d/netgen.conf: install the dnsmasq\n");
    assertThat(interfaces("version: 1\nbridges:\n  br0: {}\n")).doesNotContain("dnsmasq");
  }

  @Test
  void writesNoNetworkInitLinksOnlyTheDnsmasqInstanceLink() {
    var files =
        render(
            """
        version: 1
        interfaces:
          eth0: {}
        taps:
          tap0: {}
        bridges:
          br0: {ports: [eth0, tap0], address: 10.0.0.1/24, dhcp_server: {range: [10.0.0.10, 10.0.0.20]}}
        """);
    assertThat(
            files.files().stream()
                .filter(f -> f instanceof RenderedFile.Symlink)
                .map(f -> f.path().absolute()))
        .containsExactly("/etc/systemd/system/multi-user.target.wants/dnsmasq@netgen.service");
    assertThat(mode(files, INTERFACES)).isEqualTo(0644);
  }

  @Test
  void putsCommentsOnLinesOfTheirOwn() {
    // ifupdown reads '#' as a comment only at the start of a line; elsewhere it is data.
    var file = interfaces(RenderFixture.EVERYTHING);
    assertThat(file.lines().filter(l -> l.contains("#")))
        .allMatch(l -> l.startsWith("# ") || l.equals("#"));
  }

  @Test
  void usesVlanAndDashedNamesAsTheyAre() {
    var file =
        interfaces(
            """
        version: 1
        interfaces:
          eth0.10: {}
        taps:
          tap-a: {}
        bridges:
          br-lan: {ports: [eth0.10, tap-a]}
        """);
    assertThat(file)
        .contains("\niface eth0.10 inet manual\n")
        .contains("\nauto tap-a\niface tap-a inet manual\n")
        .contains("\nauto br-lan\niface br-lan inet manual\n    bridge_ports eth0.10 tap-a\n");
  }
}
