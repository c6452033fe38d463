package dev.netgen.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Address;
import dev.netgen.model.Bridge;
import dev.netgen.model.BridgeMode;
import dev.netgen.model.Cidr;
import dev.netgen.model.Distro;
import dev.netgen.model.Firewall;
import dev.netgen.model.Interface;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Seconds;
import dev.netgen.model.Tap;
import dev.netgen.model.Uplink;
import dev.netgen.model.Wiring;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.RealTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The boot lab for Debian: each seed fixture, and each model of lab/models/, is rendered with
 * {@code netgen render --target debian} and brought up as a Debian host boots it
 * (lab/boot-debian.sh: {@code ifup -a} as networking.service runs it, and nothing of the hotplug
 * class, since the rendered file has none), with stand-in NICs on a LAN whose router's dnsmasq
 * ping-checks before it offers. Everything the model says is read back from the running namespace
 * and compared with the model: addresses, MACs, bridge ports, STP timers in sysfs, tap owners,
 * firewall chains, a guest's lease, the host's route for its packets and, where the model NATs, the
 * address the internet sees. Then {@code ifdown -a}, and everything the files made must be gone. A
 * DHCP bridge with STP is booted with both DHCP clients ifupdown may pick. Run alone: {@code mvn
 * test -Dtest='BootDebian*'}.
 */
class BootDebianLabTest {
  private static final String INTERNET = "198.51.100.1";

  @TempDir Path tmp;

  static Stream<Arguments> boots() {
    var boots = new ArrayList<Arguments>();
    boots.add(Arguments.of("fixtures/bridged/model.yaml", "dhclient"));
    boots.add(Arguments.of("fixtures/bridged/model.yaml", "udhcpc"));
    boots.add(Arguments.of("fixtures/nat/model.yaml", "dhclient"));
    boots.add(Arguments.of("fixtures/mac_nat/model.yaml", "dhclient"));
    // The IPv6 fixture boots for its IPv4 part and its inet6 stanzas (the IPv6 lab proves RA,
    // DHCPv6 and NAT66); dns, iptables and nftables put several guests on one NAT bridge, which
    // guestEnv cannot wire yet.
    boots.add(Arguments.of("fixtures/ipv6-nftables/model.yaml", "dhclient"));
    boots.add(Arguments.of("fixtures/routes/model.yaml", "dhclient"));
    for (String model : labModels()) {
      // ifupdown stops udhcpc with USR2 (release) and TERM at once, and udhcpc does not
      // always release before it exits, so the address of an interface that takes DHCP
      // outside any bridge can outlive ifdown (a bridge's goes with the bridge). dhclient -r
      // releases before it returns, and it is ifupdown's first choice: models with such an
      // interface boot with it; the others with udhcpc, ifupdown's fallback.
      boots.add(Arguments.of(model, dhcpOutsideBridges(model) ? "dhclient" : "udhcpc"));
    }
    return boots.stream();
  }

  /** Whether an interface that is no bridge's port takes its address by DHCP. */
  private static boolean dhcpOutsideBridges(String modelPath) {
    Model model =
        new ModelLoader().load(modelPath, InputStream.nullInputStream()).forTarget(Distro.DEBIAN);
    var wiring = Wiring.of(model);
    return model.interfaces().values().stream()
        .anyMatch(
            i ->
                i.address().value() instanceof Address.Dhcp
                    && wiring.bridgeOf(i.name().value().text()).isEmpty());
  }

  /** lab/models/*.yaml, and examples/*.yaml when there are any. */
  private static List<String> labModels() {
    var models = new ArrayList<String>();
    for (String dir : new String[] {"lab/models", "examples"}) {
      if (!Files.isDirectory(Path.of(dir))) {
        continue;
      }
      try (var list = Files.list(Path.of(dir))) {
        list.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().forEach(models::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return models;
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("boots")
  void bootsAsModelledAndStopsWithoutATrace(String modelPath, String client) throws IOException {
    if (client.equals("dhclient")) {
      RealTool.require("dhclient", "isc-dhcp-client");
    }
    Model model =
        new ModelLoader().load(modelPath, InputStream.nullInputStream()).forTarget(Distro.DEBIAN);
    Path root = render(modelPath);
    String interfaces = Files.readString(root.resolve("etc/network/interfaces"));
    var boot = new Boot(model, Wiring.of(model));
    assertThat(interfaces)
        .as("nothing of the hotplug class: ifup -a starts all")
        .doesNotContain("allow-hotplug");
    for (String device : boot.startedAtBoot()) {
      assertThat(interfaces).as("started at boot").contains("\nauto " + device + "\n");
    }
    for (String device : boot.downAfterBoot()) {
      assertThat(interfaces).as("not started at boot").doesNotContain("auto " + device + "\n");
    }

    var env = boot.env(root, dir("work"));
    if (client.equals("udhcpc")) {
      env.put("DHCP_CLIENT", "udhcpc");
    }
    var run = Lab.run(tmp, "boot-debian", env);
    run.check(
        lab -> {
          if (boot.vlanPorts() && lab.out("ifup").contains("Unknown device type")) {
            // This kernel has no 802.1Q: the VLAN port cannot exist, and ifup must say so.
            assertThat(lab.step("ifup").exit()).as("%s", lab.step("ifup")).isNotZero();
            assertThat(lab.out("ifup")).contains("failed to bring up");
          } else {
            assertThat(lab.step("ifup").exit()).as("%s", lab.step("ifup")).isZero();
            boot.assertUp(lab, client);
          }
          assertThat(lab.step("ifdown").exit()).as("%s", lab.step("ifdown")).isZero();
          boot.assertGone(lab);
        });
  }

  private Path render(String model) {
    Path root = tmp.resolve("root");
    var run = CliRun.run("render", model, "--target", "debian", "--out", root.toString());
    assertThat(run.exit()).as("netgen render%n%s", run).isZero();
    return root;
  }

  private Path dir(String name) {
    try {
      return Files.createDirectories(tmp.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the model says the booted host holds, and how to read it from the lab's steps. */
  private record Boot(Model model, Wiring wiring) {
    /** Devices ifup -a must start: every interface that is not a port, every tap and bridge. */
    List<String> startedAtBoot() {
      var devices = new ArrayList<String>();
      model.interfaces().values().stream()
          .filter(i -> wiring.bridgeOf(i.name().value().text()).isEmpty() && i.autostartOn())
          .forEach(i -> devices.add(i.name().value().text()));
      model.taps().keySet().stream().filter(this::up).forEach(devices::add);
      model.bridges().keySet().stream().filter(this::up).forEach(devices::add);
      return devices;
    }

    /** The bridges written autostart: false, and their taps: none of them exists after boot. */
    List<String> downAfterBoot() {
      var devices = new ArrayList<String>();
      model.taps().keySet().stream().filter(t -> !up(t)).forEach(devices::add);
      model.bridges().keySet().stream().filter(b -> !up(b)).forEach(devices::add);
      return devices;
    }

    /** A tap or bridge is up after boot unless it is, or its bridge is, autostart: false. */
    private boolean up(String device) {
      Bridge bridge = model.bridges().get(device);
      if (bridge == null) {
        bridge = wiring.bridgeOf(device).orElse(null);
      }
      return bridge == null || bridge.autostartOn();
    }

    boolean vlanPorts() {
      return model.bridges().values().stream()
          .flatMap(b -> b.ports().stream())
          .anyMatch(p -> isVlan(p.value().text()));
    }

    Map<String, String> env(Path root, Path work) {
      var env = new LinkedHashMap<String, String>();
      env.put("ROOT", root.toString());
      env.put("WORK", work.toString());
      model
          .host()
          .upstream()
          .ifPresent(
              lan -> {
                env.put("LAN_SUBNET", lan.subnet().value().toString());
                env.put("LAN_ROUTER", EndToEndLabTest.lanRouter(model));
                lan.dhcpRange()
                    .ifPresent(r -> env.put("LAN_POOL", r.start().value() + "," + r.end().value()));
              });
      env.put("NICS", String.join(" ", nics()));
      env.put("BRIDGES", String.join(" ", model.bridges().keySet()));
      env.put("TAPS", String.join(" ", model.taps().keySet()));
      guest().ifPresent(g -> guestEnv(g, root, env));
      return env;
    }

    /** The physical NICs the lab stands in for: the interfaces that are not VLANs. */
    List<String> nics() {
      return model.interfaces().keySet().stream().filter(n -> !isVlan(n)).toList();
    }

    /** The first guest NIC on a bridge without VLAN ports, and its bridge. */
    Optional<Wiring.GuestNic> guest() {
      return wiring.guestNics().stream()
          .filter(g -> wiring.bridgeOf(g.nic()).isPresent())
          .filter(g -> !vlanPorts())
          .findFirst();
    }

    private void guestEnv(Wiring.GuestNic guest, Path root, Map<String, String> env) {
      Bridge bridge = wiring.bridgeOf(guest.nic()).orElseThrow();
      if (guest.nic().helperTap()) {
        env.put("GUEST_HELPER_BRIDGE", bridge.name().value().text());
        env.put("GUEST_MAC", guest.nic().mac().value().toString());
      } else {
        var qemu =
            EndToEndLabTest.qemuNic(
                root.resolve("etc/netgen/qemu/" + guest.guest().name().value() + ".args"));
        Tap tap = model.taps().get(qemu.get("ifname"));
        env.put("GUEST_TAP", qemu.get("ifname"));
        env.put("GUEST_MAC", qemu.get("mac"));
        env.put("TAP_USER", tap.owner().orElseThrow().value().text());
        env.put("TAP_GROUP", tap.group().orElseThrow().value().text());
      }
      if (bridge.dhcpServer().isEmpty() && bridge.macNat().isPresent()) {
        Cidr lan = model.host().upstream().orElseThrow().subnet().value();
        env.put("GUEST_IP", guest.nic().ip().orElseThrow().value() + "/" + lan.prefix());
        env.put("GUEST_ROUTER", EndToEndLabTest.lanRouter(model));
      }
      var count = new ArrayList<String>();
      model.host().upstream().ifPresent(lan -> count.add(lan.subnet().value().toString()));
      if (bridge.nat().isPresent()) {
        env.put("GUEST_BRIDGE", bridge.name().value().text());
        count.add(bridge.staticCidr().orElseThrow().subnet().toString());
      }
      if (isolated(bridge)) {
        env.put("GUEST_HOST", bridge.staticCidr().orElseThrow().address().toString());
        count.add(bridge.staticCidr().orElseThrow().subnet().toString());
      }
      env.put("COUNT", String.join(" ", count));
    }

    // ------------------------------------------------------------ up

    void assertUp(Lab.Run lab, String client) {
      var links = EndToEndLabTest.byName(lab.out("links"));
      var addresses = EndToEndLabTest.byName(lab.out("addresses"));
      var sysfs = sysfs(lab.out("bridges"));
      for (Interface iface : model.interfaces().values()) {
        String name = iface.name().value().text();
        JsonNode link = links.get(name);
        assertThat(link).as("%s exists: %s", name, lab.step("links")).isNotNull();
        assertThat(link.path("flags").toString()).as("%s is up", name).contains("\"UP\"");
        iface
            .mac()
            .ifPresent(
                m -> assertThat(link.path("address").asText()).isEqualTo(m.value().toString()));
        if (wiring.bridgeOf(name).isEmpty()) {
          assertAddress(lab, addresses, name, iface.address());
        }
      }
      for (String down : downAfterBoot()) {
        assertThat(links)
            .as("%s is not up after boot: %s", down, lab.step("links"))
            .doesNotContainKey(down);
      }
      assertMtus(lab, links);
      assertRoutes(lab);
      for (Bridge bridge : model.bridges().values()) {
        String name = bridge.name().value().text();
        if (!bridge.autostartOn()) {
          continue;
        }
        JsonNode link = links.get(name);
        assertThat(link).as("%s exists: %s", name, lab.step("links")).isNotNull();
        bridge
            .mac()
            .ifPresent(
                m -> assertThat(link.path("address").asText()).isEqualTo(m.value().toString()));
        assertAddress(lab, addresses, name, bridge.address());
        var seen = sysfs.get(name);
        assertThat(seen.get("ports"))
            .as("%s's ports in sysfs: %s", name, lab.step("bridges"))
            .isEqualTo(portList(bridge));
        assertThat(seen.get("stp_state")).isEqualTo(bridge.stpOn() ? "1" : "0");
        bridge
            .forwardDelay()
            .ifPresent(d -> assertThat(seen.get("forward_delay")).isEqualTo(centis(d)));
        bridge.helloTime().ifPresent(h -> assertThat(seen.get("hello_time")).isEqualTo(centis(h)));
        if (bridge.stpOn() && bridge.address().value() instanceof Address.Dhcp) {
          assertThat(lab.out("ifup"))
              .as("ifupdown's DHCP client: %s", lab.step("ifup"))
              .contains(client.equals("dhclient") ? "dhclient -4" : "udhcpc -n");
          assertThat(lab.out("ifup")).contains("Waiting for " + name + " to get ready");
        }
      }
      for (Tap tap : model.taps().values()) {
        if (!up(tap.name().value().text())) {
          continue;
        }
        String expected =
            tap.name().value().text()
                + tap.owner().map(o -> " owner=" + o.value().text()).orElse("")
                + tap.group().map(g -> " group=" + g.value().text()).orElse("");
        assertThat(lab.out("taps")).as("the tap's owner").contains(expected);
      }
      assertFirewall(lab);
      assertGuest(lab);
    }

    /** Every MTU the model writes, on the devices that are up, as the kernel has it. */
    private void assertMtus(Lab.Run lab, Map<String, JsonNode> links) {
      var mtus = new LinkedHashMap<String, Integer>();
      model
          .interfaces()
          .values()
          .forEach(
              i -> i.mtu().ifPresent(m -> mtus.put(i.name().value().text(), m.value().bytes())));
      model
          .taps()
          .values()
          .forEach(
              t -> t.mtu().ifPresent(m -> mtus.put(t.name().value().text(), m.value().bytes())));
      model
          .bridges()
          .values()
          .forEach(
              b -> b.mtu().ifPresent(m -> mtus.put(b.name().value().text(), m.value().bytes())));
      mtus.forEach(
          (name, mtu) -> {
            if (links.containsKey(name)) {
              assertThat(links.get(name).path("mtu").asInt())
                  .as("%s's MTU: %s", name, lab.step("links"))
                  .isEqualTo(mtu);
            } else {
              assertThat(up(name))
                  .as("%s with an MTU is missing: %s", name, lab.step("links"))
                  .isFalse();
            }
          });
    }

    /**
     * Every static route of a bridge that is up, and each gateway's metric, in the kernel's table.
     */
    private void assertRoutes(Lab.Run lab) {
      var table = EndToEndLabTest.parse(lab.out("routes"));
      for (Bridge bridge : model.bridges().values()) {
        if (!bridge.autostartOn()) {
          continue;
        }
        String name = bridge.name().value().text();
        for (var route : bridge.routes()) {
          assertThat(table.findValuesAsText("dst"))
              .as("route to %s: %s", route.to().value(), lab.step("routes"))
              .contains(route.to().value().toString());
          var seen = routeTo(table, route.to().value().toString());
          assertThat(seen.path("gateway").asText()).isEqualTo(route.via().value().toString());
          assertThat(seen.path("dev").asText()).isEqualTo(name);
          assertThat(seen.path("metric").asLong()).isEqualTo(route.effectiveMetric().value());
        }
        bridge
            .gatewayMetric()
            .ifPresent(
                m -> {
                  var seen = routeTo(table, "default");
                  assertThat(seen.path("dev").asText())
                      .as("%s", lab.step("routes"))
                      .isEqualTo(name);
                  assertThat(seen.path("metric").asLong()).isEqualTo(m.value().value());
                });
      }
    }

    private static JsonNode routeTo(JsonNode table, String dst) {
      for (JsonNode route : table) {
        if (route.path("dst").asText().equals(dst)) {
          return route;
        }
      }
      throw new AssertionError("no route to " + dst + " in " + table);
    }

    private void assertAddress(
        Lab.Run lab, Map<String, JsonNode> addresses, String name, Located<Address> address) {
      if (address.value() instanceof Address.Static fixed) {
        assertThat(addresses.get(name).path("addr_info").toString())
            .as("%s's address: %s", name, lab.step("addresses"))
            .contains("\"local\":\"" + fixed.cidr().address() + "\"")
            .contains("\"prefixlen\":" + fixed.cidr().prefix());
      } else if (address.value() instanceof Address.Dhcp) {
        EndToEndLabTest.dhcpAddress(lab, "addresses", name, model);
        assertThat(EndToEndLabTest.routes(lab.out("routes")))
            .as("%s", lab.step("routes"))
            .contains("default via " + EndToEndLabTest.lanRouter(model) + " dev " + name);
      }
    }

    private void assertFirewall(Lab.Run lab) {
      String nat = lab.out("nat-rules");
      for (Bridge bridge : model.bridges().values()) {
        String name = bridge.name().value().text();
        Optional<Uplink> out = bridge.nat();
        if (out.isPresent() && model.host().firewallOrDefault() == Firewall.NFTABLES) {
          String subnet = bridge.staticCidr().orElseThrow().subnet().toString();
          assertThat(lab.out("nft-rules"))
              .as("%s", lab.step("nft-rules"))
              .contains(
                  "oifname \""
                      + out.get().uplink().value()
                      + "\" ip saddr "
                      + subnet
                      + " ip daddr != "
                      + subnet
                      + " masquerade")
              .contains("chain fwd_" + name + " {");
        } else if (out.isPresent()) {
          String subnet = bridge.staticCidr().orElseThrow().subnet().toString();
          assertThat(nat)
              .as("%s", lab.step("nat-rules"))
              .contains(
                  "-A NETGEN_POST_"
                      + name
                      + " -s "
                      + subnet
                      + " ! -d "
                      + subnet
                      + " -o "
                      + out.get().uplink().value()
                      + " -j MASQUERADE\n");
          assertThat(lab.out("filter-rules")).contains("-A FORWARD -j NETGEN_FWD_" + name + "\n");
        }
        bridge
            .macNat()
            .ifPresent(
                m ->
                    assertThat(lab.out("mac-nat-rules"))
                        .as("%s", lab.step("mac-nat-rules"))
                        .contains("-o " + m.uplink().value() + " -j snat --to-src "));
        for (var port : wiring.interfacePorts(bridge)) {
          if (port.iface().wireless() && port.iface().fourAddrOn()) {
            assertThat(lab.out("iw"))
                .as("4-address mode before the port joined")
                .contains("dev " + port.name().value() + " set 4addr on master=\n");
          }
        }
      }
      if (!model.anyForwarded()) {
        assertThat(nat).doesNotContain("NETGEN_");
      }
    }

    private static boolean isolated(Bridge bridge) {
      return bridge.effectiveMode().filter(m -> m == BridgeMode.ISOLATED).isPresent();
    }

    private void assertGuest(Lab.Run lab) {
      var guest = guest();
      if (guest.isEmpty()) {
        return;
      }
      Bridge bridge = wiring.bridgeOf(guest.get().nic()).orElseThrow();
      var counters = EndToEndLabTest.counters(lab.out("counters"));
      String lan = model.host().upstream().orElseThrow().subnet().value().toString();
      if (isolated(bridge)) {
        assertThat(lab.step("ping-host").exit()).as("%s", lab.step("ping-host")).isZero();
        assertThat(lab.step("ping").exit()).as("isolated: %s", lab.step("ping")).isNotZero();
        assertThat(counters)
            .as("the internet saw nothing of the guest: %s", lab.step("counters"))
            .containsEntry(lan, 0)
            .containsEntry(bridge.staticCidr().orElseThrow().subnet().toString(), 0);
        return;
      }
      assertThat(lab.step("ping").exit()).as("%s", lab.step("ping")).isZero();
      assertThat(counters)
          .as("the internet saw the guest's ping from the LAN: %s", lab.step("counters"))
          .containsEntry(lan, 1);
      bridge
          .nat()
          .ifPresent(
              nat -> {
                assertThat(counters)
                    .as("and never from the guest's own subnet (NAT)")
                    .containsEntry(bridge.staticCidr().orElseThrow().subnet().toString(), 0);
                JsonNode route = EndToEndLabTest.parse(lab.out("guest-route")).get(0);
                assertThat(route.path("dev").asText())
                    .as("the guest's packets leave by the uplink: %s", lab.step("guest-route"))
                    .isEqualTo(nat.uplink().value().text());
              });
      if (lab.steps().containsKey("guest-dhcp")) {
        var lease = EndToEndLabTest.lease(lab);
        var reserved = guest.get().nic().ip();
        if (bridge.dhcpServer().isPresent() && reserved.isPresent()) {
          assertThat(lease.get("ip")).isEqualTo(reserved.get().value().toString());
        } else if (bridge.dhcpServer().isEmpty()) {
          assertThat(EndToEndLabTest.inPool(model, lease.get("ip")))
              .as("a lease from the LAN's router: %s", lab.step("guest-dhcp"))
              .isTrue();
        }
      }
    }

    // ------------------------------------------------------------ gone

    void assertGone(Lab.Run lab) {
      var links = EndToEndLabTest.byName(lab.out("links-after"));
      var gone = new ArrayList<String>(model.bridges().keySet());
      gone.addAll(model.taps().keySet());
      model.interfaces().keySet().stream().filter(BootDebianLabTest::isVlan).forEach(gone::add);
      assertThat(links.keySet())
          .as("after ifdown -a: %s", lab.step("links-after"))
          .doesNotContainAnyElementsOf(gone);
      var addresses = EndToEndLabTest.byName(lab.out("addresses-after"));
      for (String nic : nics()) {
        assertThat(addresses.get(nic).path("addr_info").toString())
            .as("%s keeps no IPv4 address: %s", nic, lab.step("addresses-after"))
            .doesNotContain("\"inet\"");
      }
      assertThat(lab.out("nat-rules-after")).doesNotContain("NETGEN_");
      assertThat(lab.out("nft-rules-after")).doesNotContain("chain ");
      assertThat(lab.out("filter-rules-after")).doesNotContain("NETGEN_");
      assertThat(lab.out("mac-nat-rules-after")).doesNotContain("NETGEN_");
    }

    private static String portList(Bridge bridge) {
      var ports = new StringBuilder();
      bridge.ports().stream()
          .map(p -> p.value().text())
          .sorted()
          .forEach(p -> ports.append(p).append(','));
      return ports.toString();
    }

    private static String centis(Located<Seconds> timer) {
      return String.valueOf(timer.value().duration().toMillis() / 10);
    }

    /** lab/boot-debian.sh's bridges step: "BR key=value..." per line. */
    private static Map<String, Map<String, String>> sysfs(String out) {
      var bridges = new LinkedHashMap<String, Map<String, String>>();
      for (String line : out.split("\n")) {
        String[] words = line.split(" ");
        if (words.length < 2) {
          continue;
        }
        var values = new LinkedHashMap<String, String>();
        for (int i = 1; i < words.length; i++) {
          int eq = words[i].indexOf('=');
          values.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        bridges.put(words[0], values);
      }
      return bridges;
    }
  }

  private static boolean isVlan(String name) {
    return name.indexOf('.') > 0;
  }
}
