package dev.netgen.realtool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netgen.lab.Lab;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Address;
import dev.netgen.model.Bridge;
import dev.netgen.model.Firewall;
import dev.netgen.model.Interface;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.OutputKey;
import dev.netgen.model.Seconds;
import dev.netgen.model.Tap;
import dev.netgen.model.UnixName;
import dev.netgen.model.Wiring;
import dev.netgen.render.OutputLayout;
import dev.netgen.render.RenderFixture;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.testing.Fixtures;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import dev.netgen.write.TreeWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * ifupdown itself reads what the Debian target writes (the checks of docs/formats.md, ifupdown):
 * ifquery lists the auto interfaces in the order they must come up and reads every bridge and tap
 * as modelled, and ifup --no-act -a plans each tap before its bridge. Then two models come up for
 * real with ifup -a in throwaway network and mount namespaces, and go away again with ifdown -a.
 */
class DebianIfupdownRealToolTest {
  /**
   * Everything that can come up without Wi-Fi hardware, VLAN support or a DHCP server: two bridges,
   * dashed names, MACs on a bridge, a tap and a port, STP with timers, NAT out of a hotplugged
   * static uplink, MAC NAT over a 4-address "wireless" port (a veth and a stub iw).
   */
  static final String TWO_BRIDGES =
      """
      version: 1
      host: {name: hv03, distro: debian}
      interfaces:
        eth-up: {address: 10.10.0.2/24, gateway: 10.10.0.1, mac: "02:00:00:00:0f:01"}
        eth1: {mac: "02:00:00:00:0e:01"}
        wlan0: {type: wireless, four_addr: true}
      taps:
        tap0: {owner: qemu, group: kvm, mac: "02:00:00:00:01:00"}
        tap-1: {owner: qemu}
      bridges:
        br0:
          ports: [eth1, tap0]
          mac: "02:00:00:00:0b:00"
          address: 172.16.1.1/24
          stp: true
          forward_delay: 2
          hello_time: 1
          nat: {uplink: eth-up}
        br-lan:
          ports: [wlan0, tap-1]
          mac_nat: {uplink: wlan0}
      guests:
        web:
          nics:
            - {tap: tap0, mac: "52:54:00:00:00:01"}
        db:
          nics:
            - {tap: tap-1, mac: "52:54:00:00:00:02", ip: 192.168.1.60}
      """;

  /** The MAC the wlan0 stand-in gets, which the MAC NAT rules must read from sysfs. */
  private static final String WLAN0_MAC = "02:00:00:00:0a:01";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  // ---------------------------------------------------------------- ifquery and ifup --no-act

  @TestFactory
  Stream<DynamicTest> ifupdownReadsEveryRenderedInterfacesFile() {
    var tests = new ArrayList<DynamicTest>();
    for (Path setup : Fixtures.setups()) {
      var model =
          new ModelLoader()
              .load(setup.resolve("model.yaml").toString(), InputStream.nullInputStream());
      addCases(tests, setup.getFileName().toString(), model);
    }
    addCases(tests, "everything", RenderFixture.model(RenderFixture.EVERYTHING));
    addCases(tests, "two-bridges", RenderFixture.model(TWO_BRIDGES));
    return tests.stream();
  }

  private void addCases(List<DynamicTest> tests, String name, Model model) {
    tests.add(
        DynamicTest.dynamicTest(
            name + ": ifquery --list follows the auto order",
            () -> listsInterfacesInBootOrder(name, model)));
    tests.add(
        DynamicTest.dynamicTest(
            name + ": ifquery reads bridges and taps as modelled",
            () -> readsStanzasAsModelled(name, model)));
    tests.add(
        DynamicTest.dynamicTest(
            name + ": ifup --no-act -a plans taps before bridges",
            () -> plansTapsBeforeBridges(name, model)));
  }

  private void listsInterfacesInBootOrder(String name, Model model) {
    String ifquery = RealTool.require("ifquery", "ifupdown").toString();
    Path file = interfacesFile(name, model);
    var wiring = Wiring.of(model);
    // lo, then every interface that is no bridge's port (networking.service's ifup -a starts
    // the auto class only), then taps before bridges; nothing is left to udev's hotplug class
    var auto = new ArrayList<>(List.of("lo"));
    var hotplug = new ArrayList<String>();
    for (var iface : model.interfaces().values()) {
      String n = iface.name().value().text();
      if (wiring.bridgeOf(n).isEmpty()) {
        auto.add(n);
      }
    }
    auto.addAll(model.taps().keySet());
    auto.addAll(model.bridges().keySet());

    var all = Proc.run(tmp, ifquery, "--interfaces", file.toString(), "--list", "-a");
    assertThat(all.exit()).as("ifquery --list -a%n%s", all).isZero();
    assertThat(modelled(model, all.out()))
        .as("auto interfaces of %s", file)
        .containsExactlyElementsOf(auto);
    var onHotplug =
        Proc.run(tmp, ifquery, "--interfaces", file.toString(), "--list", "--allow=hotplug");
    assertThat(onHotplug.exit()).as("ifquery --list --allow=hotplug%n%s", onHotplug).isZero();
    assertThat(modelled(model, onHotplug.out()))
        .as("allow-hotplug interfaces of %s", file)
        .containsExactlyElementsOf(hotplug);
  }

  private void readsStanzasAsModelled(String name, Model model) {
    String ifquery = RealTool.require("ifquery", "ifupdown").toString();
    Path file = interfacesFile(name, model);
    for (Bridge bridge : model.bridges().values()) {
      String br = bridge.name().value().text();
      var options = query(ifquery, file, br);
      var ports = bridge.ports().stream().map(p -> p.value().text()).toList();
      assertThat(options.get("bridge_ports"))
          .as(br)
          .containsExactly(ports.isEmpty() ? "none" : String.join(" ", ports));
      // ifup waits for the ports only where the bridge's DHCP client needs it: STP on
      boolean waits = bridge.stpOn() && bridge.address().value() instanceof Address.Dhcp;
      assertThat(options.get("bridge_maxwait"))
          .as(br)
          .containsExactly(
              waits
                  ? String.valueOf((bridge.portsForwardAfter().toMillis() + 999) / 1000 + 1)
                  : "0");
      assertThat(options.get("bridge_stp"))
          .as(br)
          .isEqualTo(bridge.stp().map(on -> List.of(on.value() ? "on" : "off")).orElse(null));
      // bridge-utils takes decimal seconds
      assertThat(duration(options.get("bridge_fd")))
          .as(br)
          .isEqualTo(bridge.forwardDelay().map(s -> s.value().duration()).orElse(null));
      assertThat(duration(options.get("bridge_hello")))
          .as(br)
          .isEqualTo(bridge.helloTime().map(s -> s.value().duration()).orElse(null));
      assertThat(options.get("hwaddress"))
          .as(br)
          .isEqualTo(bridge.mac().map(m -> List.of(m.value().toString())).orElse(null));
      // ifquery merges the inet and inet6 stanzas: the IPv4 address, then each fixed IPv6 one
      var v6 = bridge.staticCidr6().stream().map(c -> c.address().toString()).toList();
      if (bridge.address().value() instanceof Address.Static fixed) {
        var addresses = new ArrayList<String>(List.of(fixed.cidr().address().toString()));
        addresses.addAll(v6);
        assertThat(options.get("address")).as(br).containsExactlyElementsOf(addresses);
        var masks = new ArrayList<String>(List.of(new Ipv4((int) fixed.cidr().mask()).toString()));
        bridge.staticCidr6().forEach(c -> masks.add(String.valueOf(c.prefix())));
        assertThat(options.get("netmask")).as(br).containsExactlyElementsOf(masks);
      } else if (v6.isEmpty()) {
        assertThat(options).as(br).doesNotContainKey("address");
      }
      boolean filtered = bridge.effectiveMode().isPresent();
      String filter = model.host().firewallOrDefault().id() + ".sh";
      int scripts = (filtered ? 1 : 0) + (bridge.macNat().isPresent() ? 1 : 0);
      // NAT rules load once the bridge is up; MAC NAT rules before it (its DHCP leaves through the
      // uplink)
      assertThat(options.getOrDefault("up", List.of()))
          .as("%s post-up", br)
          .hasSize(filtered ? 1 : 0)
          .allMatch(c -> c.endsWith("/" + filter + " start " + br));
      var preUp = options.getOrDefault("pre-up", List.of());
      assertThat(preUp.stream().filter(c -> c.endsWith(".sh start " + br)))
          .as("%s pre-up", br)
          .hasSize(bridge.macNat().isPresent() ? 1 : 0)
          .allMatch(c -> c.endsWith("ebtables.sh start " + br));
      assertThat(options.getOrDefault("down", List.of()))
          .as("%s pre-down", br)
          .hasSize(scripts)
          .allMatch(c -> c.endsWith(".sh stop " + br + " || true"));
      for (var port : ports) {
        Interface iface = model.interfaces().get(port);
        if (iface != null && iface.wireless() && iface.fourAddrOn()) {
          assertThat(preUp).as("%s pre-up", br).contains("iw dev " + port + " set 4addr on");
        }
      }
    }
    for (Tap tap : model.taps().values()) {
      String name0 = tap.name().value().text();
      var options = query(ifquery, file, name0);
      String owner =
          tap.owner().map(u -> " user " + u.value().text()).orElse("")
              + tap.group().map(g -> " group " + g.value().text()).orElse("");
      assertThat(options.get("pre-up"))
          .as(name0)
          .containsExactly("ip tuntap add dev " + name0 + " mode tap" + owner);
      assertThat(options.get("post-down"))
          .as(name0)
          .containsExactly("ip tuntap del dev " + name0 + " mode tap");
      assertThat(options.get("hwaddress"))
          .as(name0)
          .isEqualTo(tap.mac().map(m -> List.of(m.value().toString())).orElse(null));
    }
  }

  /** ifup's own plan: each tap is configured, and created, before each bridge it is a port of. */
  private void plansTapsBeforeBridges(String name, Model model) {
    String ifup = RealTool.require("ifup", "ifupdown").toString();
    Path file = interfacesFile(name, model);
    Path state = dir("state-" + name);
    // --no-act -v prints the plan on stderr only, in order.
    var run =
        Proc.run(
            tmp,
            ifup,
            "--no-act",
            "--verbose",
            "--interfaces",
            file.toString(),
            "--state-dir=" + state,
            "-a");
    assertThat(run.exit()).as("ifup --no-act -a%n%s", run).isZero();
    var plan = sections(run.err());
    for (Bridge bridge : model.bridges().values()) {
      String br = bridge.name().value().text();
      var keys = new ArrayList<>(plan.keySet());
      assertThat(keys).as("ifup -a plan:%n%s", run.err()).contains(br);
      for (var port : bridge.ports()) {
        String p = port.value().text();
        if (model.taps().containsKey(p)) {
          assertThat(keys.indexOf(p))
              .as("%s configured before %s:%n%s", p, br, run.err())
              .isBetween(0, keys.indexOf(br) - 1);
          assertThat(plan.get(p)).as(p).startsWith("ip tuntap add dev " + p + " mode tap");
        }
        Interface iface = model.interfaces().get(p);
        if (iface != null && iface.wireless() && iface.fourAddrOn()) {
          // pre-up lines run before if-pre-up.d, where bridge-utils creates the bridge and adds the
          // ports
          String section = plan.get(br);
          assertThat(section.indexOf("iw dev " + p + " set 4addr on"))
              .as("4-address mode before bridge-utils runs:%n%s", section)
              .isBetween(
                  0,
                  section.indexOf("run-parts --exit-on-error --verbose /etc/network/if-pre-up.d"));
        }
      }
    }
  }

  // ---------------------------------------------------------------- for real, in namespaces

  @Test
  void natFixtureComesUpWithItsTapOwnedByQemuAndGoesAwayOnIfdown() {
    var model = new ModelLoader().load("fixtures/nat/model.yaml", InputStream.nullInputStream());
    // no DHCP server here for the uplink wlan0 (auto): the boot lab brings it up against a router
    var run = upAndDown(model, Map.of(), "", "--exclude=wlan0");
    run.check(
        steps -> {
          assertUpAsModelled(model, steps);
          assertDownLeavesNothing(model, steps);
        });
  }

  @Test
  void twoBridgesComeUpWithTheirMacsStpTimersAndFirewallRules() {
    var model = RenderFixture.model(TWO_BRIDGES);
    var run =
        upAndDown(
            model,
            Map.of("wlan0", WLAN0_MAC),
            """
        step routes; ip -j route show
        """);
    run.check(
        steps -> {
          assertUpAsModelled(model, steps);
          assertThat(steps.get("iw"))
              .as("iw ran once, before wlan0 joined a bridge")
              .isEqualTo("dev wlan0 set 4addr on master=\n");
          var links = byName(steps.get("links"));
          assertThat(links.get("eth1").path("address").asText())
              .as("eth1's MAC, set by br0's pre-up")
              .isEqualTo("02:00:00:00:0e:01");
          // eth-up is auto: ifup -a brings it up at boot, not udev
          var uplink = byName(steps.get("addrs")).get("eth-up");
          assertThat(hasAddress(uplink, "10.10.0.2", 24)).as("eth-up: %s", uplink).isTrue();
          assertThat(uplink.path("address").asText()).isEqualTo("02:00:00:00:0f:01");
          assertThat(routes(steps.get("routes")))
              .as("routes: %s", steps.get("routes"))
              .contains("default via 10.10.0.1 dev eth-up");
          assertThat(steps.get("nat"))
              .contains(
                  "-A NETGEN_POST_br0 -s 172.16.1.0/24 ! -d 172.16.1.0/24 -o eth-up -j MASQUERADE\n");
          assertThat(steps.get("ebtables"))
              .contains(
                  "-A NETGEN_POST_br-lan -o wlan0 -j snat --to-src "
                      + WLAN0_MAC
                      + " --snat-arp --snat-target ACCEPT\n")
              .contains(
                  "-A NETGEN_PRE_br-lan -p IPv4 -i wlan0 --ip-dst 192.168.1.60 -j dnat --to-dst 52:54:00:00:00:02 --dnat-target ACCEPT\n");
          assertDownLeavesNothing(model, steps);
          var after = byName(steps.get("links-down"));
          assertThat(after.get("eth1").has("master")).as("eth1 left br0").isFalse();
          assertThat(after.get("wlan0").has("master")).as("wlan0 left br-lan").isFalse();
        });
  }

  /**
   * The premise of lint's one-default-gateway, checked on its own examples: eth0 and eth1 are auto,
   * so ifup -a brings them up one after the other, as at boot.
   */
  private static final String ROUTES =
      """
      step routes; ip route show default
      """;

  /** Two interfaces with a gateway each: what one-default-gateway warns about. */
  private static final String TWO_GATEWAYS =
      """
      version: 1
      interfaces:
        eth0:
          address: 192.168.1.5/24
          gateway: 192.168.1.1
        eth1:
          address: 10.0.0.5/24
          gateway: 10.0.0.1
      """;

  /** The same with one gateway, as one-default-gateway asks. */
  private static final String ONE_GATEWAY = TWO_GATEWAYS.replace("    gateway: 10.0.0.1\n", "");

  @Test
  void aSecondGatewayMakesIfupFailItsInterfaceAsOneDefaultGatewaySays() {
    var bad = RenderFixture.model(TWO_GATEWAYS);
    upAndDown(bad, Map.of(), ROUTES)
        .check(
            steps -> {
              assertThat(steps.get("up"))
                  .contains(
                      "RTNETLINK answers: File exists",
                      "ifup: failed to bring up eth1",
                      "ifup failed: exit 1")
                  .doesNotContain("failed to bring up eth0");
              assertThat(steps.get("routes"))
                  .startsWith("default via 192.168.1.1 dev eth0")
                  .doesNotContain("10.0.0.1");
            });
  }

  @Test
  void theModelWithOneGatewayComesUpClean() {
    var fixed = RenderFixture.model(ONE_GATEWAY);
    upAndDown(fixed, Map.of(), ROUTES)
        .check(
            steps -> {
              assertThat(steps.get("up")).doesNotContain("failed", "RTNETLINK");
              assertThat(steps.get("routes")).startsWith("default via 192.168.1.1 dev eth0");
              var addrs = byName(steps.get("addrs-hotplug"));
              assertThat(hasAddress(addrs.get("eth0"), "192.168.1.5", 24)).isTrue();
              assertThat(hasAddress(addrs.get("eth1"), "10.0.0.5", 24)).isTrue();
            });
  }

  /** What ifup -a must have built, read back from the kernel: taps, owners, ports, MACs, sysfs. */
  private static void assertUpAsModelled(Model model, Map<String, String> steps) {
    assertThat(steps.get("up")).as("ifup -a").doesNotContain("ifup failed");
    var links = byName(steps.get("links"));
    var addrs = byName(steps.get("addrs"));
    for (Tap tap : model.taps().values()) {
      String name = tap.name().value().text();
      assertThat(links).as("tap %s exists", name).containsKey(name);
      JsonNode info = links.get(name).path("linkinfo").path("info_data");
      assertThat(info.path("type").asText()).isEqualTo("tap");
      assertThat(info.path("persist").asBoolean()).as("%s is persistent", name).isTrue();
      if (info.has("user") || info.has("group")) {
        assertThat(text(info, "user"))
            .as("owner of %s", name)
            .isEqualTo(tap.owner().map(u -> u.value().text()).orElse(null));
        assertThat(text(info, "group"))
            .as("group of %s", name)
            .isEqualTo(tap.group().map(g -> g.value().text()).orElse(null));
      } else {
        String owner =
            tap.owner().map(Located::value).map(UnixName::text).map(u -> " user " + u).orElse("");
        assertThat(steps.get("tap-text"))
            .as("ip -d link show %s", name)
            .contains("tun type tap pi off vnet_hdr off persist on" + owner);
      }
      tap.mac()
          .ifPresent(
              mac ->
                  assertThat(links.get(name).path("address").asText())
                      .isEqualTo(mac.value().toString()));
    }
    for (Bridge bridge : model.bridges().values()) {
      String br = bridge.name().value().text();
      assertThat(links).as("bridge %s exists", br).containsKey(br);
      assertThat(links.get(br).path("linkinfo").path("info_kind").asText()).isEqualTo("bridge");
      for (var port : bridge.ports()) {
        String p = port.value().text();
        assertThat(links.get(p)).as("port %s exists", p).isNotNull();
        assertThat(text(links.get(p), "master")).as("master of %s", p).isEqualTo(br);
      }
      bridge
          .mac()
          .ifPresent(
              mac ->
                  assertThat(links.get(br).path("address").asText())
                      .as("MAC of %s", br)
                      .isEqualTo(mac.value().toString()));
      if (bridge.address().value() instanceof Address.Static fixed) {
        assertThat(
                hasAddress(addrs.get(br), fixed.cidr().address().toString(), fixed.cidr().prefix()))
            .as("%s holds %s: %s", br, fixed.cidr(), addrs.get(br))
            .isTrue();
      }
      // sysfs in centiseconds; unset timers keep the kernel defaults (15 s, 2 s)
      String expected =
          br
              + " "
              + (bridge.stpOn() ? 1 : 0)
              + " "
              + bridge.forwardDelay().map(s -> centis(s.value())).orElse(1500L)
              + " "
              + bridge.helloTime().map(s -> centis(s.value())).orElse(200L);
      assertThat(steps.get("sysfs"))
          .as("stp_state forward_delay hello_time")
          .contains(expected + "\n");
      if (bridge.nat().isPresent() && model.host().firewallOrDefault() == Firewall.IPTABLES) {
        assertThat(steps.get("nat"))
            .contains("-N NETGEN_POST_" + br + "\n", "-A POSTROUTING -j NETGEN_POST_" + br + "\n");
        assertThat(steps.get("filter"))
            .contains("-N NETGEN_FWD_" + br + "\n", "-A FORWARD -j NETGEN_FWD_" + br + "\n");
      }
      if (bridge.macNat().isPresent()) {
        assertThat(steps.get("ebtables"))
            .contains(
                "-A PREROUTING -j NETGEN_PRE_" + br + "\n",
                "-A POSTROUTING -j NETGEN_POST_" + br + "\n");
      }
    }
  }

  private static void assertDownLeavesNothing(Model model, Map<String, String> steps) {
    assertThat(steps.get("down")).as("ifdown -a").doesNotContain("ifdown failed");
    var links = byName(steps.get("links-down"));
    assertThat(links.keySet())
        .as("no tap or bridge is left")
        .doesNotContainAnyElementsOf(model.taps().keySet())
        .doesNotContainAnyElementsOf(model.bridges().keySet());
    assertThat(steps.get("nat-down") + steps.get("filter-down") + steps.get("ebtables-down"))
        .doesNotContain("NETGEN_");
  }

  /**
   * Renders the model under tmp/root, then in fresh network and mount namespaces prepared by
   * lab/debian-host.sh (shared with the end-to-end lab): a sysfs of the namespace, /etc as a
   * throwaway overlay (so /etc/netgen can be the rendered folder, the qemu user and kvm group can
   * be added when missing, and only bridge-utils' hooks run), /run and the DHCP lease folder on
   * tmpfs and a stub iw that records whether its port had joined a bridge; then a veth stand-in for
   * every modelled NIC (netgen configures NICs, never creates them). Then ifup -a on the rendered
   * file as it is, the kernel's view, ifdown -a, the kernel's view.
   */
  private NamespaceRun upAndDown(Model model, Map<String, String> standInMacs, String extraSteps) {
    return upAndDown(model, standInMacs, extraSteps, "");
  }

  /** ifupArgs: more arguments of the ifup -a step. */
  private NamespaceRun upAndDown(
      Model model, Map<String, String> standInMacs, String extraSteps, String ifupArgs) {
    RealTool.requireRoot();
    for (String[] tool :
        new String[][] {
          {"unshare", "util-linux"},
          {"ip", "iproute2"},
          {"ifup", "ifupdown"},
          {"brctl", "bridge-utils"},
          {"iptables", "iptables"},
          {"ebtables", "ebtables"},
          {"useradd", "passwd"},
          {"timeout", "coreutils"}
        }) {
      RealTool.require(tool[0], tool[1]);
    }
    Path root = tmp.resolve("root");
    new TreeWriter(root).write(new Renderer().render(model, Targets.find("debian").orElseThrow()));
    Path work = dir("ns");
    var nics = new StringBuilder();
    int peer = 0;
    for (var nic : model.interfaces().keySet()) {
      nics.append("ip link add ").append(nic);
      if (standInMacs.containsKey(nic)) {
        nics.append(" address ").append(standInMacs.get(nic));
      }
      nics.append(" type veth peer name p").append(peer++).append('\n');
    }
    String script =
        """
        set -eu
        R=%s
        W=%s
        F=$R/%s
        step() { echo "@@ $1"; }
        . %s
        debian_host "$R" "$W"
        %s
        step up; timeout 30 ifup -a %s -i "$F" --state-dir="$W/state" 2>&1 || echo "ifup failed: exit $?"
        step links; ip -j -d link show
        step tap-text; ip -d link show type tun
        step addrs; ip -j addr show
        step sysfs; for b in /sys/class/net/*/bridge; do
          n=${b%%/bridge}; echo "${n##*/} $(cat "$b/stp_state") $(cat "$b/forward_delay") $(cat "$b/hello_time")"
        done
        step iw; cat /run/iw.log
        step nat; iptables -w -t nat -S
        step filter; iptables -w -S
        step ebtables; ebtables-save -t nat
        %s
        step addrs-hotplug; ip -j addr show
        step down; timeout 30 ifdown -a -i "$F" --state-dir="$W/state" 2>&1 || echo "ifdown failed: exit $?"
        step links-down; ip -j -d link show
        step nat-down; iptables -w -t nat -S
        step filter-down; iptables -w -S
        step ebtables-down; ebtables-save -t nat
        """
            .formatted(
                root,
                work,
                new OutputLayout(model).path(OutputKey.INTERFACES).relative(),
                Lab.DEBIAN_HOST,
                nics,
                ifupArgs,
                extraSteps);
    var run = Proc.run(tmp, "unshare", "--net", "--mount", "sh", "-c", script);
    String log = "unshare --net --mount sh -c SCRIPT\n" + run + "--- SCRIPT\n" + script;
    assertThat(run.exit()).as(log).isZero();
    var steps = Steps.of(run.out());
    assertThat(steps).as(log).containsKeys("up", "links", "down", "links-down");
    return new NamespaceRun(steps, log);
  }

  /** The output of one namespace run by step, and the whole run to show when a check fails. */
  private record NamespaceRun(Map<String, String> steps, String log) {
    void check(Consumer<Map<String, String>> checks) {
      try {
        checks.accept(steps);
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\n\n--- the namespace run\n" + log, e);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private Path interfacesFile(String name, Model model) {
    Path root = tmp.resolve(name);
    new TreeWriter(root).write(new Renderer().render(model, Targets.find("debian").orElseThrow()));
    return root.resolve(new OutputLayout(model).path(OutputKey.INTERFACES).relative());
  }

  private Path dir(String name) {
    try {
      return Files.createDirectories(tmp.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ifquery's key: value lines, a key that repeats (pre-up) keeping every value in order. */
  private Map<String, List<String>> query(String ifquery, Path file, String iface) {
    var run = Proc.run(tmp, ifquery, "--interfaces", file.toString(), iface);
    assertThat(run.exit()).as("ifquery %s%n%s", iface, run).isZero();
    var options = new LinkedHashMap<String, List<String>>();
    for (String line : run.out().split("\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        options
            .computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>())
            .add(line.substring(colon + 2));
      }
    }
    return options;
  }

  /**
   * The names of a listing that the model knows (and lo): a host's own interfaces.d is sourced too.
   */
  private static List<String> modelled(Model model, String listing) {
    Set<String> known =
        Stream.of(
                model.interfaces().keySet(),
                model.taps().keySet(),
                model.bridges().keySet(),
                Set.of("lo"))
            .flatMap(Set::stream)
            .collect(Collectors.toSet());
    return listing.lines().filter(known::contains).toList();
  }

  private static Duration duration(List<String> seconds) {
    return seconds == null
        ? null
        : Duration.ofMillis(new BigDecimal(seconds.get(0)).movePointRight(3).longValueExact());
  }

  private static long centis(Seconds timer) {
    return timer.duration().toMillis() / 10;
  }

  /** ifup --verbose's plan cut at each "ifup: configuring interface X=X (inet)" line. */
  private static Map<String, String> sections(String plan) {
    var sections = new LinkedHashMap<String, String>();
    String current = null;
    var text = new StringBuilder();
    for (String line : plan.split("\n")) {
      if (line.startsWith("ifup: configuring interface ")) {
        if (current != null) {
          sections.put(current, text.toString());
        }
        String rest = line.substring("ifup: configuring interface ".length());
        current = rest.substring(0, rest.indexOf('='));
        text.setLength(0);
      } else if (current != null && !line.isBlank()) {
        text.append(line).append('\n');
      }
    }
    if (current != null) {
      sections.put(current, text.toString());
    }
    return sections;
  }

  /** `ip -j ... show` output as a map from device name to its JSON object. */
  private static Map<String, JsonNode> byName(String json) {
    try {
      var byName = new LinkedHashMap<String, JsonNode>();
      for (JsonNode link : JSON.readTree(json)) {
        byName.put(link.path("ifname").asText(), link);
      }
      return byName;
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static boolean hasAddress(JsonNode device, String ip, int prefix) {
    for (JsonNode a : device.path("addr_info")) {
      if (a.path("local").asText().equals(ip) && a.path("prefixlen").asInt() == prefix) {
        return true;
      }
    }
    return false;
  }

  /** `ip -j route show` as "DST via GATEWAY dev DEV" lines. */
  private static List<String> routes(String json) {
    try {
      var routes = new ArrayList<String>();
      for (JsonNode r : JSON.readTree(json)) {
        routes.add(
            r.path("dst").asText()
                + (r.has("gateway") ? " via " + r.get("gateway").asText() : "")
                + " dev "
                + r.path("dev").asText());
      }
      return routes;
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.has(field) ? node.get(field).asText() : null;
  }
}
