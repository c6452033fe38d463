package dev.netgen.render;

import static dev.netgen.render.RenderFixture.has;
import static dev.netgen.render.RenderFixture.link;
import static dev.netgen.render.RenderFixture.mode;
import static dev.netgen.render.RenderFixture.render;
import static dev.netgen.render.RenderFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What conf.d/net and the OpenRC links say for models the fixtures do not cover. */
class GentooNetTest {
  private static final String NET = "etc/conf.d/net";

  @Test
  void rendersTapBeforeBridge() {
    var net =
        text(
            render(
                """
        version: 1
        bridges:
          br0: {ports: [tap0]}
        taps:
          tap0: {}
        """),
            NET);
    assertThat(net.indexOf("tuntap_tap0=")).isPositive().isLessThan(net.indexOf("bridge_br0="));
  }

  @Test
  void namesVariablesAsOpenRcShellVarDoes() {
    var net =
        text(
            render(
                """
        version: 1
        interfaces:
          eth0.10: {address: 10.0.0.2/24, gateway: 10.0.0.1}
        taps:
          tap-a: {}
        bridges:
          br-lan: {ports: [tap-a]}
        """),
            NET);
    assertThat(net)
        .contains("\nconfig_eth0_10=\"10.0.0.2/24\"\nroutes_eth0_10=\"default via 10.0.0.1\"\n")
        .contains("\ntuntap_tap_a=\"tap\"\n")
        .contains("\nrc_net_tap_a_provide=\"!net\"\n")
        .contains("\nbridge_br_lan=\"tap-a\"\n")
        .contains("\nrc_net_br_lan_need=\"net.tap-a\"\n")
        .doesNotContain("eth0.10=", "br-lan=");
  }

  @Test
  void writesBridgeTimersInCentiseconds() {
    var net =
        text(
            render(
                """
        version: 1
        bridges:
          br0: {stp: false, forward_delay: 1.5, hello_time: 2}
        """),
            NET);
    assertThat(net)
        .contains(
            "\nbridge_forward_delay_br0=\"150\"\nbridge_hello_time_br0=\"200\"\nbridge_stp_state_br0=\"0\"\n")
        .doesNotContain("brctl");
  }

  @Test
  void leavesKernelDefaultsAloneWhenTimersAreNotSet() {
    var net = text(render("version: 1\nbridges:\n  br0: {}\n"), NET);
    assertThat(net)
        .contains("\nbridge_br0=\"\"\n")
        .doesNotContain("forward_delay", "hello_time", "stp_state");
  }

  @Test
  void givesBridgePortsNoAddressOfTheirOwn() {
    var net =
        text(
            render(
                """
        version: 1
        interfaces:
          eth0: {address: dhcp}
          eth1: {address: 192.168.5.2/24, gateway: 192.168.5.1, mac: "02:00:00:00:00:01"}
        bridges:
          br0: {ports: [eth0], address: 10.1.0.1/24, gateway: 10.1.0.254}
        """),
            NET);
    assertThat(net)
        .contains(
            "# eth0: ethernet, port of br0\nconfig_eth0=\"null\"\nrc_net_eth0_provide=\"!net\"\n\n")
        .contains(
            "# eth1: ethernet\nconfig_eth1=\"192.168.5.2/24\"\nroutes_eth1=\"default via 192.168.5.1\"\nmac_eth1=\"02:00:00:00:00:01\"\nrc_net_eth1_provide=\"!net\"\n")
        .contains(
            "config_br0=\"10.1.0.1/24\"\nroutes_br0=\"default via 10.1.0.254\"\nbridge_br0=\"eth0\"\n");
  }

  @Test
  void bridgeNeedsAllItsPortsAndPortsAreNotTheNetwork() {
    var net =
        text(
            render(
                """
        version: 1
        interfaces:
          eth0: {}
        taps:
          tap0: {}
          tap1: {}
        bridges:
          br0: {ports: [eth0, tap1, tap0]}
        """),
            NET);
    assertThat(net)
        .contains("\nrc_net_br0_need=\"net.eth0 net.tap1 net.tap0\"\n")
        .contains("\nconfig_eth0=\"null\"\nrc_net_eth0_provide=\"!net\"\n")
        .contains("\nrc_net_tap0_provide=\"!net\"\n");
  }

  @Test
  void withBridgesAnUplinkDoesNotProvideNetAndWithoutThemItDoes() {
    String uplink = "version: 1\ninterfaces:\n  wlan0: {type: wireless, address: dhcp}\n";
    assertThat(text(render(uplink + "bridges:\n  br0: {address: 172.16.1.1/24}\n"), NET))
        .contains("\nconfig_wlan0=\"dhcp\"\nrc_net_wlan0_provide=\"!net\"\n")
        .doesNotContain("rc_net_br0_provide");
    assertThat(text(render(uplink), NET)).doesNotContain("_provide");
  }

  @Test
  void waitsForTheCarrierOfADhcpBridgeWithStpTwiceTheForwardDelayPlusSixSeconds() {
    var net =
        text(
            render(
                """
        version: 1
        bridges:
          br0: {address: dhcp, stp: true, forward_delay: 2}
          br1: {address: dhcp, stp: true, forward_delay: 4.5}
          br2: {address: dhcp, stp: true}
          br3: {address: dhcp, stp: false, forward_delay: 2}
          br4: {address: 10.0.0.1/24, stp: true, forward_delay: 2}
        """),
            NET);
    assertThat(net)
        .contains("\ncarrier_timeout_br0=\"10\"\n")
        .contains("\ncarrier_timeout_br1=\"15\"\n")
        .contains("\ncarrier_timeout_br2=\"36\"\n")
        .doesNotContain("carrier_timeout_br3", "carrier_timeout_br4");
  }

  @Test
  void tapOwnershipIsWhatTheModelGives() {
    var net =
        text(
            render(
                """
        version: 1
        taps:
          tap0: {owner: qemu}
          tap1: {group: kvm}
          tap2: {}
        """),
            NET);
    assertThat(net)
        .contains("\niproute2_tap0=\"user qemu\"\n")
        .contains("\niproute2_tap1=\"group kvm\"\n")
        .doesNotContain("iproute2_tap2");
  }

  @Test
  void definesNoHooksWhenNoBridgeNeedsOne() {
    // A predown() of ours would replace netifrc's NFS-root check for every interface.
    var net = text(render("version: 1\nbridges:\n  br0: {address: dhcp}\n"), NET);
    assertThat(net).doesNotContain("preup()", "postup()", "predown()");
  }

  @Test
  void switchesFourAddressPortsOnInTheirOwnServiceWhichTheBridgeNeeds() {
    var net =
        text(
            render(
                """
        version: 1
        interfaces:
          wlan0: {type: wireless, four_addr: true}
          wlan1: {type: wireless, four_addr: true}
        bridges:
          br0: {ports: [wlan0]}
        """),
            NET);
    assertThat(net)
        .contains(
            "preup() {\n\tcase \"${IFACE}\" in\n\twlan0)\n\t\tiw dev wlan0 set 4addr on || return 1\n\t\t;;\n\tesac\n}\n")
        .contains("\nrc_net_br0_need=\"net.wlan0\"\n")
        .doesNotContain("wlan1 set 4addr");
  }

  @Test
  void hooksCallTheScriptsWhereOutputsMovedThem() {
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
    assertThat(text(files, NET))
        .contains(
            "preup() {\n\tcase \"${IFACE}\" in\n\tbr0)\n\t\t/usr/local/sbin/netgen-macnat start br0 || return 1\n\t\t;;\n")
        .contains(
            "postup() {\n\tcase \"${IFACE}\" in\n\tbr0)\n\t\t/usr/local/sbin/netgen-nat start br0 || exit 1\n\t\t;;\n")
        .contains(
            "\tbr0)\n\t\t/usr/local/sbin/netgen-nat stop br0\n\t\t/usr/local/sbin/netgen-macnat stop br0\n\t\t;;\n");
    assertThat(mode(files, "usr/local/sbin/netgen-nat")).isEqualTo(0755);
    assertThat(mode(files, "usr/local/sbin/netgen-macnat")).isEqualTo(0755);
    assertThat(has(files, "etc/netgen/iptables.sh")).isFalse();
  }

  @Test
  void linksEveryConfiguredDeviceToNetLoAndEveryNonPortIntoTheDefaultRunlevel() {
    var files =
        render(
            """
        version: 1
        interfaces:
          eth0: {}
          eth1: {address: dhcp}
        taps:
          tap0: {}
          tap1: {}
        bridges:
          br0: {ports: [eth0, tap0]}
          br1: {}
        """);
    assertThat(link(files, "etc/init.d/net.eth0")).isEqualTo("net.lo");
    assertThat(link(files, "etc/init.d/net.tap0")).isEqualTo("net.lo");
    assertThat(link(files, "etc/init.d/net.br1")).isEqualTo("net.lo");
    assertThat(link(files, "etc/runlevels/default/net.br0")).isEqualTo("/etc/init.d/net.br0");
    assertThat(link(files, "etc/runlevels/default/net.br1")).isEqualTo("/etc/init.d/net.br1");
    assertThat(link(files, "etc/runlevels/default/net.eth1")).isEqualTo("/etc/init.d/net.eth1");
    assertThat(link(files, "etc/runlevels/default/net.tap1")).isEqualTo("/etc/init.d/net.tap1");
    assertThat(has(files, "etc/runlevels/default/net.tap0")).isFalse();
    assertThat(has(files, "etc/runlevels/default/net.eth0")).isFalse();
    assertThat(has(files, "etc/runlevels/default/dnsmasq.netgen")).isFalse();
    assertThat(mode(files, NET)).isEqualTo(0644);
  }
}
