package dev.netgen.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Address;
import dev.netgen.model.Bridge;
import dev.netgen.model.BridgeMode;
import dev.netgen.model.Cidr;
import dev.netgen.model.Firewall;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Nic;
import dev.netgen.model.Tap;
import dev.netgen.model.UnixName;
import dev.netgen.model.Wiring;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Gentoo boot lab: each model is rendered with {@code netgen render --target gentoo} and booted
 * as Gentoo boots ({@code openrc sysinit; openrc boot; openrc default}) under the real netifrc and
 * OpenRC, in namespaces (lab/boot-gentoo.sh, lab/gentoo-host.sh). Then the state is compared with
 * the model: addresses, MACs, bridge ports, STP timers, tap owners, firewall chains, each guest's
 * lease, route and reach. {@code openrc nonetwork} must then leave nothing of it. Models: the seed
 * fixtures, every examples/ model, and every model of lab/models/ but the VLAN one (two NAT
 * bridges, a bridge as NAT uplink, STP forward delays that outlast the DHCP client).
 *
 * <p>netifrc is not packaged for Debian: the lab builds it from a source checkout named by
 * NETIFRC_SRC (docs/gentoo.md says how to get one) into target/boot-gentoo/prefix, with Debian's
 * OpenRC unpacked next to it (the .deb files are downloaded once, into target/boot-gentoo/debs).
 * Without NETIFRC_SRC the test is skipped, also under CI; any other missing tool fails under CI.
 */
class BootGentooLabTest {
  static final String NO_SOURCE =
      "NETIFRC_SRC is not set: the Gentoo boot lab needs a netifrc source checkout (docs/gentoo.md)";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BASE = Path.of("target/boot-gentoo").toAbsolutePath();
  static final Path PREFIX = BASE.resolve("prefix");
  private static final String INTERNET = "198.51.100.1";
  private static final Pattern COUNTER = Pattern.compile("\\[(\\d+):\\d+] -A INPUT -s (\\S+) ");

  /** A scenario's own bound: two extra boots wait out a failing DHCP client, about 10 s each. */
  private static final Duration TIMEOUT = Duration.ofSeconds(180);

  /**
   * The extra boots (lab/boot-gentoo.sh), each once, where they cost least: a failing postup (nat's
   * iptables.sh) and a failing preup (mac_nat's ebtables.sh); an uplink without DHCP on the model
   * whose dnsmasq serves guests behind it (nat).
   */
  private static final Map<String, String> PHASES =
      Map.of("fixtures/nat", "hook-fails uplink-fails", "fixtures/mac_nat", "hook-fails");

  @TempDir Path tmp;

  /** The prefix, built once per run by the first model's test. */
  private static boolean built;

  /**
   * Skips (also under CI) without NETIFRC_SRC; otherwise the tools, then netifrc and OpenRC into
   * PREFIX. Each model's test asks, so each one reports the skip and its reason.
   */
  static synchronized void requireNetifrcAndOpenRc() {
    String source = System.getenv("NETIFRC_SRC");
    Assumptions.assumeTrue(source != null && !source.isBlank(), NO_SOURCE);
    Lab.requireTools();
    if (built) {
      return;
    }
    RealTool.require("make", "make");
    RealTool.require("dpkg-deb", "dpkg");
    RealTool.require("apt-get", "apt");
    RealTool.require("busybox", "udhcpc");
    var build =
        Proc.run(
            Lab.DIR.getParent(),
            Map.of(),
            Duration.ofMinutes(3),
            Lab.DIR.resolve("gentoo-prefix.sh").toString(),
            source,
            PREFIX.toString(),
            BASE.resolve("debs").toString());
    assertThat(build.exit()).as("lab/gentoo-prefix.sh%n%s", build).isZero();
    built = true;
  }

  static Stream<String> models() throws IOException {
    // the seed fixtures; the firewall fixtures (nftables, iptables) are FirewallLabTest's: this
    // lab's firewall assertions read iptables' NAT chains only
    var models = new ArrayList<>(List.of("fixtures/bridged", "fixtures/mac_nat", "fixtures/nat"));
    // every examples/ model and every boot-lab model but the VLAN one, which lint refuses for
    // Gentoo (no-vlan-on-gentoo): netgen does not create VLANs with netifrc
    for (String glob : List.of("examples/*.yaml", "lab/models/*.yaml")) {
      Path folder = Path.of(glob).getParent();
      if (Files.isDirectory(folder)) {
        var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
        try (var files = Files.list(folder)) {
          files
              .filter(matcher::matches)
              .filter(f -> !f.endsWith("vlan.yaml"))
              .map(Path::toString)
              .sorted()
              .forEach(models::add);
        }
      }
    }
    return models.stream();
  }

  @ParameterizedTest
  @MethodSource("models")
  void bootsAsTheModelSaysAndStopsWithoutATrace(String name) {
    requireNetifrcAndOpenRc();
    String file = name.endsWith(".yaml") ? name : name + "/model.yaml";
    Model model = new ModelLoader().load(file, InputStream.nullInputStream());
    var env = env(name, model, render(file));
    String before = hostFiles();

    var run = Lab.run(tmp, "boot-gentoo", env, TIMEOUT);

    assertThat(hostFiles()).as("the machine's users and OpenRC files").isEqualTo(before);
    var wiring = Wiring.of(model);
    run.check(
        lab -> {
          booted(lab, model, wiring);
          devices(lab, model, wiring);
          mtusAndRoutes(lab, model, wiring);
          bridges(lab, model, wiring);
          firewall(lab, model);
          guests(lab, model, wiring);
          stopped(lab, model, "");
          phases(lab, model, env.get("PHASES"));
          if (env.containsKey("RESTART_PORT")) {
            portRestart(lab, model, env.get("RESTART_PORT"));
          }
        });
  }

  /** Every service of the default runlevel, and every bridge port's service, started; no error. */
  private static void booted(Lab.Run lab, Model model, Wiring wiring) {
    assertThat(lab.out("openrc-default"))
        .as("%s", lab.step("openrc-default"))
        .doesNotContain("ERROR");
    String services = lab.out("services");
    for (var device : wiring.startedAtBoot()) {
      assertThat(lab.out("runlevel")).contains("net." + device.name().value().text() + "\n");
    }
    for (String runlevel : lab.out("runlevel").split("\n")) {
      assertThat(services).as("%s", lab.step("services")).containsPattern(started(runlevel));
    }
    for (Bridge bridge : model.bridges().values()) {
      if (!bridge.autostartOn()) {
        // autostart: false: no runlevel link, and nothing (not dnsmasq's need net) starts it
        assertThat(lab.out("runlevel")).doesNotContain("net." + bridge.name().value() + "\n");
        assertThat(services)
            .as("%s", lab.step("services"))
            .doesNotContainPattern(started("net." + bridge.name().value()));
        continue;
      }
      for (var port : bridge.ports()) {
        assertThat(services)
            .as("the port's own service, which its bridge needs")
            .containsPattern(started("net." + port.value().text()));
      }
      if (bridge.stpOn() && bridge.address().value() instanceof Address.Dhcp) {
        // netifrc waited for a forwarding port before it ran the DHCP client
        assertThat(lab.out("openrc-default")).contains("Waiting for carrier");
      }
    }
  }

  /** Each device exists, with the model's MAC and address; each port is in its bridge. */
  private static void devices(Lab.Run lab, Model model, Wiring wiring) {
    var links = byName(lab.out("links"));
    var addresses = byName(lab.out("addresses"));
    model.interfaces().values().forEach(i -> mac(links, i.name().value().text(), i.mac()));
    for (Tap tap : model.taps().values()) {
      if (wiring.upAfterBoot(tap.name().value().text())) {
        mac(links, tap.name().value().text(), tap.mac());
      } else {
        assertThat(links).as("%s", lab.step("links")).doesNotContainKey(tap.name().value().text());
      }
    }
    for (Bridge bridge : model.bridges().values()) {
      String name = bridge.name().value().text();
      if (!bridge.autostartOn()) {
        assertThat(links)
            .as("%s is down after boot: %s", name, lab.step("links"))
            .doesNotContainKey(name);
        continue;
      }
      mac(links, name, bridge.mac());
      for (var port : bridge.ports()) {
        assertThat(links.get(port.value().text()).path("master").asText())
            .as("%s is a port of %s", port.value(), name)
            .isEqualTo(name);
      }
      address(model, addresses, name, bridge.address().value());
    }
    for (var iface : model.interfaces().values()) {
      if (iface.wireless() && iface.fourAddrOn()) {
        // in the port's own service, before it is a port (and, on real hardware, associates)
        assertThat(lab.out("iw-calls"))
            .contains("iw dev " + iface.name().value() + " set 4addr on master=\n");
      }
    }
    for (var iface : model.interfaces().values()) {
      address(model, addresses, iface.name().value().text(), iface.address().value());
    }
  }

  /**
   * The MTU of every device that is up, as the model writes it, and every static route of a bridge
   * that is up, with its router and metric, in the kernel's table (and the gateway's metric).
   */
  private static void mtusAndRoutes(Lab.Run lab, Model model, Wiring wiring) {
    var links = byName(lab.out("links"));
    var mtus = new LinkedHashMap<String, Integer>();
    model
        .interfaces()
        .values()
        .forEach(i -> i.mtu().ifPresent(m -> mtus.put(i.name().value().text(), m.value().bytes())));
    model
        .taps()
        .values()
        .forEach(t -> t.mtu().ifPresent(m -> mtus.put(t.name().value().text(), m.value().bytes())));
    model
        .bridges()
        .values()
        .forEach(b -> b.mtu().ifPresent(m -> mtus.put(b.name().value().text(), m.value().bytes())));
    mtus.forEach(
        (name, mtu) -> {
          if (wiring.upAfterBoot(name)) {
            assertThat(links.get(name).path("mtu").asInt())
                .as("%s's MTU: %s", name, lab.step("links"))
                .isEqualTo(mtu);
          }
        });
    var routes = lab.out("routes").lines().toList();
    for (Bridge bridge : model.bridges().values()) {
      if (!bridge.autostartOn()) {
        continue;
      }
      String dev = " dev " + bridge.name().value() + " ";
      for (var route : bridge.routes()) {
        // ip prints no metric 0; netifrc gives a route without one the device's index
        String metric = route.metric().map(m -> ".* metric " + m.value() + "( .*)?").orElse(".*");
        assertThat(routes)
            .as("%s", lab.step("routes"))
            .anyMatch(
                r ->
                    r.startsWith(route.to().value() + " via " + route.via().value() + dev)
                        && r.matches(metric));
      }
      bridge
          .gatewayMetric()
          .ifPresent(
              m ->
                  assertThat(routes)
                      .as("%s", lab.step("routes"))
                      .anyMatch(
                          r ->
                              r.startsWith("default via ")
                                  && r.contains(dev)
                                  && r.matches(".* metric " + m.value() + "( .*)?")));
    }
  }

  /** STP timers as the model sets them (sysfs: centiseconds), tap owners by name. */
  private static void bridges(Lab.Run lab, Model model, Wiring wiring) {
    for (Bridge bridge : model.bridges().values()) {
      if (!bridge.autostartOn()) {
        continue;
      }
      String sysfs = lab.out("bridge-" + bridge.name().value().text());
      assertThat(sysfs).contains("stp_state=" + (bridge.stpOn() ? "1" : "0") + "\n");
      bridge
          .forwardDelay()
          .ifPresent(d -> assertThat(sysfs).contains("forward_delay=" + centis(d) + "\n"));
      bridge
          .helloTime()
          .ifPresent(h -> assertThat(sysfs).contains("hello_time=" + centis(h) + "\n"));
    }
    for (Tap tap : model.taps().values()) {
      if (!wiring.upAfterBoot(tap.name().value().text())) {
        continue;
      }
      assertThat(lab.out("tap-" + tap.name().value().text()))
          .isEqualTo(
              "owner="
                  + tap.owner().map(o -> o.value().text()).orElse("")
                  + " group="
                  + tap.group().map(g -> g.value().text()).orElse("")
                  + "\n");
    }
  }

  /** The NAT and MAC NAT chains of every bridge that has them. */
  private static void firewall(Lab.Run lab, Model model) {
    for (Bridge bridge : model.bridges().values()) {
      String name = bridge.name().value().text();
      if (bridge.nat().isPresent() && model.host().firewallOrDefault() == Firewall.NFTABLES) {
        String subnet = bridge.staticCidr().orElseThrow().subnet().toString();
        String uplink = bridge.nat().get().uplink().value().text();
        assertThat(lab.out("nft-rules"))
            .contains(
                "oifname \""
                    + uplink
                    + "\" ip saddr "
                    + subnet
                    + " ip daddr != "
                    + subnet
                    + " masquerade")
            .contains("chain fwd_" + name + " {");
      } else if (bridge.nat().isPresent()) {
        String subnet = bridge.staticCidr().orElseThrow().subnet().toString();
        String uplink = bridge.nat().get().uplink().value().text();
        assertThat(lab.out("nat-rules"))
            .contains(
                "-A NETGEN_POST_" + name + " -s " + subnet + " ! -d " + subnet + " -o " + uplink);
        assertThat(lab.out("filter-rules")).contains("-A FORWARD -j NETGEN_FWD_" + name + "\n");
      }
      if (bridge.macNat().isPresent()) {
        assertThat(lab.out("ebtables"))
            .contains("Bridge chain: NETGEN_PRE_" + name, "Bridge chain: NETGEN_POST_" + name);
      }
    }
  }

  /**
   * Each guest gets its address (its reservation, when it has one), the host routes its packets to
   * the internet through the NAT uplink where its bridge has NAT, and it reaches the router and the
   * internet; the internet sees every request from the LAN, never from a private guest subnet.
   */
  private static void guests(Lab.Run lab, Model model, Wiring wiring) {
    int n = 0;
    int out = 0;
    for (var guestNic : upGuests(wiring)) {
      n++;
      Nic nic = guestNic.nic();
      var bridge = wiring.bridgeOf(nic).orElseThrow();
      var net = lab.step("guest-net-" + n);
      assertThat(net.exit()).as("%s", net).isZero();
      nic.ip().ifPresent(ip -> assertThat(net.out()).contains(" " + ip.value() + "/"));
      String route = lab.out("route-" + n);
      bridge
          .nat()
          .ifPresent(
              nat -> assertThat(route).contains(" dev " + nat.uplink().value().text() + " "));
      // an isolated bridge's guests reach each other and the host, never the LAN
      boolean isolated = bridge.effectiveMode().filter(m -> m == BridgeMode.ISOLATED).isPresent();
      out += isolated ? 0 : 1;
      for (String ping : List.of("ping-router-", "ping-internet-")) {
        var step = lab.step(ping + n);
        assertThat(step.exit() == 0).as("%s", step).isEqualTo(!isolated);
      }
    }
    var counts = counters(lab.out("counters"));
    assertThat(counts.get(lanSubnet(model)))
        .as("echo requests the internet saw from the LAN: %s", lab.step("counters"))
        .isEqualTo(out);
    assertThat(counts.get("172.16.0.0/12")).as("un-NATed guest requests").isZero();
  }

  /** After openrc nonetwork: no device, chain, DHCP client or dnsmasq of the model is left. */
  private static void stopped(Lab.Run lab, Model model, String phase) {
    var links = byName(lab.out(phase + "links-after"));
    for (var name : List.copyOf(links.keySet())) {
      assertThat(model.bridges()).as("bridge left: %s", name).doesNotContainKey(name);
      assertThat(model.taps()).as("tap left: %s", name).doesNotContainKey(name);
    }
    var addresses = byName(lab.out(phase + "addresses-after"));
    for (var iface : model.interfaces().keySet()) {
      assertThat(addresses.get(iface).path("addr_info").toString()).doesNotContain("\"inet\"");
    }
    assertThat(lab.out(phase + "services-after"))
        .doesNotContainPattern("net\\.\\S+\\s+\\[  started");
    for (String rules : List.of("filter-rules-after", "nat-rules-after", "ebtables-after")) {
      assertThat(lab.out(phase + rules)).doesNotContain("NETGEN_");
    }
    assertThat(lab.out(phase + "nft-rules-after")).doesNotContain("chain ");
    assertThat(lab.out(phase + "processes-after").lines()).doesNotContain("udhcpc", "dnsmasq");
  }

  /**
   * Restarting a port's service restarts its bridge (which needs it), and the bridge takes the port
   * back: without the need, netifrc's stop removed the port from the bridge for good.
   */
  private static void portRestart(Lab.Run lab, Model model, String port) {
    var bridge = Wiring.of(model).bridgeOf(port).orElseThrow().name().value().text();
    assertThat(lab.step("restart-port").exit()).as("%s", lab.step("restart-port")).isZero();
    assertThat(lab.out("restart-port")).contains("Bringing up interface " + bridge);
    assertThat(lab.out("restart-port-master")).endsWith("/" + bridge + "\n");
    assertThat(lab.out("restart-port-services")).containsPattern(started("net." + bridge));
  }

  /**
   * The extra boots: with a firewall script that fails, each bridge that runs one fails to start,
   * and says so; with an uplink that gets no lease, dnsmasq still starts and serves the guests.
   */
  private static void phases(Lab.Run lab, Model model, String phases) {
    if (phases.contains("hook-fails")) {
      for (Bridge bridge : model.bridges().values()) {
        if (bridge.nat().isPresent() || bridge.macNat().isPresent()) {
          assertThat(lab.out("hook-fails-openrc-default"))
              .contains("failing on purpose")
              .contains("ERROR: net." + bridge.name().value() + " failed to start");
          assertThat(lab.out("hook-fails-services"))
              .containsPattern("net\\." + bridge.name().value() + "\\s+\\[  stopped");
        }
      }
    }
    if (phases.contains("uplink-fails")) {
      String uplink = uplink(model);
      assertThat(lab.out("uplink-fails-openrc-default"))
          .contains("ERROR: net." + uplink + " failed to start");
      assertThat(lab.out("uplink-fails-services")).containsPattern(started("dnsmasq.netgen"));
      lab.steps().keySet().stream()
          .filter(s -> s.startsWith("uplink-fails-lease-"))
          .forEach(s -> assertThat(lab.step(s).exit()).as("%s", lab.step(s)).isZero());
      assertThat(lab.steps().keySet()).anyMatch(s -> s.startsWith("uplink-fails-lease-"));
      stopped(lab, model, "uplink-fails-");
    }
  }

  // ---------------------------------------------------------------- set-up

  /** The guest NICs whose tap is up after boot: a bridge written autostart: false has none. */
  private static List<Wiring.GuestNic> upGuests(Wiring wiring) {
    return wiring.guestNics().stream()
        .filter(g -> wiring.upAfterBoot(g.nic().device().value().text()))
        .toList();
  }

  private Path render(String file) {
    Path root = tmp.resolve("root");
    var run = CliRun.run("render", file, "--target", "gentoo", "--out", root.toString());
    assertThat(run.exit()).as("netgen render%n%s", run).isZero();
    return root;
  }

  private Map<String, String> env(String name, Model model, Path root) {
    var env = new LinkedHashMap<String, String>();
    env.put("ROOT", root.toString());
    env.put("WORK", dir("work").toString());
    env.put("PREFIX", PREFIX.toString());
    env.put("HOST", model.host().name().map(n -> n.value().toString()).orElse("gentoo"));
    env.put("UPLINK", String.join(" ", model.interfaces().keySet()));
    env.put("BRIDGES", String.join(" ", model.bridges().keySet()));
    env.put("TAPS", String.join(" ", model.taps().keySet()));
    var owners = new ArrayList<String>();
    model.taps().values().forEach(t -> owners.add(name(t.owner()) + ":" + name(t.group())));
    env.put("TAP_OWNERS", String.join(" ", owners));
    var guests = new ArrayList<String>();
    var wiring = Wiring.of(model);
    for (var guestNic : upGuests(wiring)) {
      guests.add(guest(model, wiring, guestNic.nic()));
    }
    env.put("GUESTS", String.join(" ", guests));
    env.put("PHASES", PHASES.getOrDefault(name, ""));
    if (name.equals("fixtures/bridged")) {
      env.put("RESTART_PORT", "eth0");
    }
    model.host().upstream().ifPresent(u -> env.put("LAN_SUBNET", u.subnet().value().toString()));
    return env;
  }

  /**
   * TAP,MAC,dhcp when someone serves the guest's bridge by DHCP (netgen's dnsmasq, or the LAN's
   * router for a bridge on the LAN); otherwise TAP,MAC,CIDR,ROUTER from its reservation and the
   * LAN's router (MAC NAT).
   */
  private static String guest(Model model, Wiring wiring, Nic nic) {
    // @BRIDGE: qemu-bridge-helper makes the NIC's tap on BRIDGE (lab/helperwire.py)
    String tap = nic.tap().map(t -> t.value().text()).orElse("@" + nic.device().value().text());
    String head = tap + "," + nic.mac().value();
    var bridge = wiring.bridgeOf(nic).orElseThrow();
    if (bridge.macNat().isEmpty()) {
      return head + ",dhcp";
    }
    Cidr lan = model.host().upstream().orElseThrow().subnet().value();
    return head
        + ","
        + nic.ip().orElseThrow().value()
        + "/"
        + lan.prefix()
        + ","
        + new Ipv4((int) (lan.network().unsigned() + 1));
  }

  private Path dir(String name) {
    try {
      return Files.createDirectories(tmp.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the lab must leave alone on the machine: its users and groups, OpenRC's folders. */
  private static String hostFiles() {
    var text = new StringBuilder();
    for (String file : List.of("/etc/passwd", "/etc/group")) {
      try {
        text.append(Files.readString(Path.of(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String path : List.of("/lib/rc", "/lib/netifrc", "/etc/runlevels", "/run/openrc")) {
      text.append(path).append(Files.exists(Path.of(path)) ? " exists\n" : " absent\n");
    }
    return text.toString();
  }

  // ---------------------------------------------------------------- reading

  private static String uplink(Model model) {
    return model.interfaces().values().stream()
        .filter(i -> i.address().value() instanceof Address.Dhcp)
        .findFirst()
        .orElseThrow()
        .name()
        .value()
        .text();
  }

  private static Pattern started(String service) {
    return Pattern.compile("(?m)^ " + Pattern.quote(service) + "\\s+\\[  started  ]$");
  }

  private static void mac(
      Map<String, JsonNode> links, String device, Optional<Located<dev.netgen.model.Mac>> mac) {
    assertThat(links).as("device %s", device).containsKey(device);
    mac.ifPresent(
        m ->
            assertThat(links.get(device).path("address").asText())
                .as("MAC of %s", device)
                .isEqualTo(m.value().toString()));
  }

  /** A fixed address is on the device; a DHCP one is an address in the LAN's subnet. */
  private static void address(
      Model model, Map<String, JsonNode> addresses, String device, Address address) {
    var inet = new ArrayList<String>();
    for (JsonNode a : addresses.get(device).path("addr_info")) {
      if (a.path("family").asText().equals("inet")) {
        inet.add(a.path("local").asText() + "/" + a.path("prefixlen").asInt());
      }
    }
    if (address instanceof Address.Static fixed) {
      assertThat(inet).as("addresses of %s", device).contains(fixed.cidr().toString());
    } else if (address instanceof Address.Dhcp) {
      Cidr lan = model.host().upstream().orElseThrow().subnet().value();
      assertThat(inet)
          .as("a lease on %s from the LAN %s", device, lan)
          .anyMatch(a -> lan.contains(ipv4(a.substring(0, a.indexOf('/')))));
    }
  }

  private static String lanSubnet(Model model) {
    return model.host().upstream().map(u -> u.subnet().value().toString()).orElse("192.168.1.0/24");
  }

  private static Map<String, Integer> counters(String saved) {
    var counts = new HashMap<String, Integer>();
    Matcher m = COUNTER.matcher(saved);
    while (m.find()) {
      counts.put(m.group(2), Integer.parseInt(m.group(1)));
    }
    return counts;
  }

  private static Map<String, JsonNode> byName(String json) {
    try {
      var map = new LinkedHashMap<String, JsonNode>();
      StreamSupport.stream(JSON.readTree(json).spliterator(), false)
          .forEach(n -> map.put(n.path("ifname").asText(), n));
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Ipv4 ipv4(String text) {
    try {
      return Ipv4.parse(text);
    } catch (InvalidValueException e) {
      throw new AssertionError(e);
    }
  }

  private static String centis(Located<dev.netgen.model.Seconds> seconds) {
    return Long.toString(seconds.value().duration().toMillis() / 10);
  }

  private static String name(Optional<Located<UnixName>> name) {
    return name.map(n -> n.value().text()).orElse("root");
  }
}
