package dev.netgen.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Bridge;
import dev.netgen.model.Cidr;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Model;
import dev.netgen.model.Nic;
import dev.netgen.model.Range;
import dev.netgen.model.Tap;
import dev.netgen.model.Upstream;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The end-to-end lab: each seed fixture (fixtures/README.md) is rendered with {@code netgen render
 * --target debian}, then applied as a Debian host applies it, in network namespaces on this
 * machine, and a guest gets its network through it. The scenarios are shell scripts, lab/nat.sh,
 * lab/bridged.sh and lab/mac_nat.sh (lab/lib.sh says how they run and report); this class renders,
 * passes them the model's values and checks what they observed. Run alone: {@code mvn test
 * -Dtest='*Lab*'}.
 *
 * <pre>
 *  guest ns               host ns                                  lan ns                        internet ns
 *  eth0 (guest MAC) ~~~~ tap0 ─ br0 ─ [eth0]      uplink ── veth ── ap0 ─ lan0 192.168.1.1/24   wan0 ── eth0 198.51.100.1
 *  (a tap; tapwire,       ifup -a, sysctl -p,     (wlan0/eth0)           dnsmasq: the LAN router      route back to the
 *   QEMU's stand-in)      dnsmasq, firewall                              (DHCP .2-.49)                LAN's subnet only
 * </pre>
 *
 * <p>What stands in for what, and why:
 *
 * <ul>
 *   <li>The guest's NIC. tap0 is not replaced: ifup creates it exactly as rendered (persistent,
 *       owned by qemu:kvm, enslaved to br0), and lab/tapwire.pl attaches to it the way QEMU does
 *       with {@code -netdev tap,ifname=tap0,script=no}: TUNSETIFF on the existing tap, as the tap's
 *       owner and not root, so the kernel's owner check is the one a non-root QEMU meets (an attach
 *       as nobody is refused). It copies each frame to and from a tap in the guest namespace, the
 *       guest's NIC, which carries the MAC of the rendered QEMU arguments. A veth named tap0 would
 *       have meant deleting what ifup made and leaving the owner untested. Not exercised: QEMU's
 *       NIC emulation (e1000) itself.
 *   <li>The physical NICs (wlan0, eth0) are veths: netgen configures NICs, never creates them.
 *       Their peers sit in the LAN namespace, in a bridge lan0 that holds the LAN router's address
 *       and whose forwarding database shows what source MACs came out of the host's uplink.
 *   <li>DHCP is real everywhere: the uplink (nat) and br0 (bridged, mac_nat) take their addresses
 *       from a dnsmasq acting as the LAN's router, through ifupdown's own dhcp method; the guest
 *       runs udhcpc. The bridged fixture is brought up once with each client ifupdown may pick
 *       (dhclient, and udhcpc with dhclient hidden), since which one runs depends on the host.
 *   <li>Wi-Fi: there is none. iw is a stub that records its call (4-address mode is asked for
 *       before wlan0 joins br0); real 4-address (WDS) framing and an access point's association are
 *       not checked. The access point's rule that matters to MAC NAT, "frames from my station carry
 *       my station's MAC", is an ebtables rule in the LAN namespace.
 * </ul>
 *
 * <p>Nothing leaves the lab: no namespace has a link to the machine's, and the machine's links,
 * addresses, routes, namespaces and firewall are compared before and after (Lab.run).
 */
class EndToEndLabTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern COUNTER = Pattern.compile("\\[(\\d+):\\d+] -A INPUT -s (\\S+) ");
  private static final Pattern DROPPED = Pattern.compile("pcnt = (\\d+)");
  private static final String INTERNET = "198.51.100.1";

  /** The wlan0 stand-in's MAC in the mac_nat lab: the model leaves the NIC's own MAC alone. */
  private static final String UPLINK_MAC = "02:00:00:00:0a:01";

  @TempDir Path tmp;

  // ---------------------------------------------------------------- the scripts

  /** The lab's own scripts pass the checks the rendered ones do: shellcheck, perl -c. */
  @Test
  void labScriptsPassShellcheck() {
    String shellcheck = RealTool.require("shellcheck", "shellcheck").toString();
    List<String> files;
    try (var list = Files.list(Lab.DIR)) {
      files = list.map(Path::toString).filter(f -> f.endsWith(".sh")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(files)
        .extracting(f -> Path.of(f).getFileName().toString())
        .contains(
            "lib.sh",
            "debian-host.sh",
            "nat.sh",
            "bridged.sh",
            "mac_nat.sh",
            "boot-debian.sh",
            "udhcpc-lease.sh");
    var scripts = new ArrayList<>(List.of(shellcheck, "-x", "--severity=style"));
    scripts.addAll(files);
    var run = Proc.run(Lab.DIR.getParent(), scripts.toArray(String[]::new));
    assertThat(run.exit()).as("%s%n%s", String.join(" ", scripts), run).isZero();
    String perl = RealTool.require("perl", "perl-base").toString();
    var tapwire = Proc.run(Lab.DIR, perl, "-c", "tapwire.pl");
    assertThat(tapwire.exit()).as("perl -c tapwire.pl%n%s", tapwire).isZero();
  }

  // ---------------------------------------------------------------- nat

  /**
   * The nat fixture: the guest gets exactly its reserved address and router from netgen's dnsmasq
   * instance (running next to a stock dnsmasq, each on its own addresses), and reaches an address
   * beyond the LAN. That address's namespace has a route back to the uplink's subnet only, not to
   * 172.16.1.0/24, so a reply can only come back if the host masqueraded the guest's address as its
   * uplink's; internet's counters show the request arriving from the uplink's address. After
   * iptables.sh stop the host still forwards (the rendered sysctl.d file turned that on), so the
   * request still arrives, now from 172.16.1.2, and no reply can come back: the ping fails. After
   * iptables.sh start it works again.
   */
  @Test
  void natGuestGetsItsReservationAndReachesTheInternetOnlyThroughTheMasquerade() {
    Model model = load("nat");
    Path root = render("nat");
    Bridge br0 = model.bridges().get("br0");
    Cidr subnet = br0.staticCidr().orElseThrow().subnet();
    Nic nic = model.guests().get("win7").nics().get(0);
    String uplink = br0.nat().orElseThrow().uplink().value().text();
    var env = env(model, root, "win7");
    env.put("BRIDGE", "br0");
    env.put("UPLINK", uplink);
    env.put("GUEST_SUBNET", subnet.toString());
    env.put("BRIDGE_CIDR", br0.staticCidr().orElseThrow().toString());
    env.put("SECOND_RANGE", "172.16.1.200,172.16.1.210");

    var run = Lab.run(tmp, "nat", env);
    run.check(
        lab -> {
          assertThat(lab.out("ip-forward"))
              .as("forwarding after sysctl -p of the rendered file: %s", lab.step("sysctl"))
              .isEqualTo("1\n");
          assertThat(lab.out("ifup"))
              .as(
                  "ifup -a created the tap with its owner and ran the post-up: %s",
                  lab.step("ifup"))
              .contains(
                  "ip tuntap add dev tap0 mode tap user qemu group kvm",
                  "/etc/netgen/iptables.sh start br0");
          assertThat(lab.out("nat-rules"))
              .as("NAT rules after ifup: %s", lab.step("nat-rules"))
              .contains("-A POSTROUTING -j NETGEN_POST_br0\n")
              .contains(
                  "-A NETGEN_POST_br0 -s "
                      + subnet
                      + " ! -d "
                      + subnet
                      + " -o "
                      + uplink
                      + " -j MASQUERADE\n");
          assertThat(lab.out("filter-rules"))
              .as("forward rules after ifup: %s", lab.step("filter-rules"))
              .contains("-A FORWARD -j NETGEN_FWD_br0\n");

          String uplinkIp = dhcpAddress(lab, "addresses", uplink, model);
          assertThat(routes(lab.out("routes")))
              .as("%s", lab.step("routes"))
              .contains("default via " + lanRouter(model) + " dev " + uplink);

          assertThat(lab.step("not-the-owner").exit())
              .as("%s", lab.step("not-the-owner"))
              .isNotZero();
          assertThat(lab.out("not-the-owner")).contains("Operation not permitted");
          assertThat(lab.out("the-owner")).contains("qemu:kvm attached to tap0");

          var lease = lease(lab);
          assertThat(lease.get("ip"))
              .as("the reserved address: %s", lab.step("guest-dhcp"))
              .isEqualTo(nic.ip().orElseThrow().value().toString());
          assertThat(lease.get("router"))
              .as("the router: %s", lab.step("guest-dhcp"))
              .isEqualTo(br0.dhcpServer().orElseThrow().router().orElseThrow().value().toString());
          assertThat(lease.get("subnet")).isEqualTo(new Ipv4((int) subnet.mask()).toString());
          assertThat(lab.out("leases"))
              .as("dnsmasq's lease file")
              .contains(" " + nic.mac().value() + " " + lease.get("ip") + " ");
          // netgen's instance on the bridge's address, the admin's stock dnsmasq on the others
          String bridgeIp = br0.staticCidr().orElseThrow().address().toString();
          assertThat(lab.out("dns-sockets"))
              .as("DNS sockets of the two dnsmasq: %s", lab.step("dns-sockets"))
              .contains(bridgeIp + ":53 ", "127.0.0.1:53 ", uplinkIp + ":53 ")
              .doesNotContain("0.0.0.0:53 ");

          assertThat(lab.step("ping").exit()).as("%s", lab.step("ping")).isZero();
          assertThat(counters(lab.out("counters")))
              .as("echo requests arriving in internet, by source: %s", lab.step("counters"))
              .containsEntry(uplinkIp + "/32", 1)
              .containsEntry(subnet.toString(), 0);

          assertThat(lab.step("ping-without-nat").exit())
              .as("no NAT, no reply: %s", lab.step("ping-without-nat"))
              .isNotZero();
          assertThat(counters(lab.out("counters-without-nat")))
              .as(
                  "the host still forwarded the request, unmasqueraded: %s",
                  lab.step("counters-without-nat"))
              .containsEntry(uplinkIp + "/32", 1)
              .containsEntry(subnet.toString(), 1);
          assertThat(lab.step("ping-again").exit()).as("%s", lab.step("ping-again")).isZero();
          natCheck(lab, uplink);
        });
  }

  /**
   * netgen check on the running lab host: clean, then one thing broken at a time (and repaired):
   * exactly the facts that name the broken thing fail or warn, and nothing else.
   */
  private static void natCheck(Lab.Run lab, String uplink) {
    assertThat(lab.step("check").exit()).as("%s", lab.step("check")).isZero();
    assertThat(notPassing(lab, "check")).as("%s", lab.step("check")).isEmpty();
    assertThat(notPassing(lab, "check-again"))
        .as("after the repairs: %s", lab.step("check-again"))
        .isEmpty();
    expectOnly(lab, "check-no-address", 1, "fail  br0  address");
    expectOnly(lab, "check-no-port", 1, "fail  br0  port tap0");
    expectOnly(lab, "check-flushed-chain", 1, "fail  br0  iptables filter NETGEN_FWD_br0");
    expectOnly(lab, "check-docker-drop", 0);
    assertThat(lab.out("check-docker-drop"))
        .contains(
            "iptables FORWARD policy: expected ACCEPT, or an accept for each bridge / found DROP, every bridge accepted");
    expectOnly(
        lab,
        "check-docker-drop-no-netgen",
        1,
        "fail  br0  iptables nat NETGEN_POST_br0",
        "fail  br0  iptables filter NETGEN_FWD_br0",
        "fail  host  iptables FORWARD policy");
    expectOnly(lab, "check-rp-filter-strict", 0, "warn  " + uplink + "  rp_filter");
    if (lab.step("bridge-nf-off").exit() == 0) {
      expectOnly(lab, "check-bridge-nf", 0, "warn  host  bridge-nf-call-iptables");
    }
    expectOnly(lab, "check-second-dnsmasq", 1, "fail  br0  other dhcp servers");
    expectOnly(lab, "check-renamed-nic", 1, "fail  " + uplink + "  exists", "fail  route  default");
    assertThat(lab.out("check-renamed-nic")).contains("not in the model: " + uplink + "9");
  }

  private static void expectOnly(Lab.Run lab, String step, int exit, String... facts) {
    assertThat(lab.step(step).exit()).as("%s", lab.step(step)).isEqualTo(exit);
    assertThat(notPassing(lab, step)).as("%s", lab.step(step)).containsExactlyInAnyOrder(facts);
  }

  /** "fail SUBJECT FACT" and "warn SUBJECT FACT" of each fact check printed that did not pass. */
  private static List<String> notPassing(Lab.Run lab, String step) {
    var facts = new ArrayList<String>();
    for (String line : lab.out(step).split("\n")) {
      if (line.startsWith("fail  ") || line.startsWith("warn  ")) {
        facts.add(line.substring(0, line.indexOf(':')));
      }
    }
    return facts;
  }

  // ---------------------------------------------------------------- bridged

  /**
   * The bridged fixture: br0 takes its address from the LAN's router through its port eth0, which
   * forwards only after STP's listening and learning (2 x forward_delay 2 s), so ifupdown's DHCP
   * client must retry long enough; the guest, through tap0 and br0, takes its own address from the
   * same router and is on the LAN: the router knows it by its own MAC, and it reaches the internet
   * address with no routing or NAT on the host, whose forwarding stays off.
   */
  @ParameterizedTest(name = "br0 by DHCP with {0}")
  @ValueSource(strings = {"dhclient", "udhcpc"})
  void bridgedGuestAndBridgeTakeTheirAddressesFromTheLanRouter(String client) {
    if (client.equals("dhclient")) {
      RealTool.require("dhclient", "isc-dhcp-client");
    }
    Model model = load("bridged");
    Path root = render("bridged");
    var env = env(model, root, "win7");
    String guestMac = env.get("GUEST_MAC");
    env.put("BRIDGE", "br0");
    env.put("PORT", "eth0");
    if (client.equals("udhcpc")) {
      env.put("DHCP_CLIENT", "udhcpc");
    }

    var run = Lab.run(tmp, "bridged", env);
    run.check(
        lab -> {
          assertThat(lab.out("ifup"))
              .as("ifupdown's DHCP client: %s", lab.step("ifup"))
              .contains(
                  client.equals("dhclient")
                      ? "dhclient -4 -v"
                      : "udhcpc -n -p /run/udhcpc.br0.pid -i br0");
          String br0Ip = dhcpAddress(lab, "addresses", "br0", model);
          assertThat(routes(lab.out("routes")))
              .as("%s", lab.step("routes"))
              .contains("default via " + lanRouter(model) + " dev br0");
          assertThat(lab.out("ip-forward")).as("the bridged host does not route").isEqualTo("0\n");

          var lease = lease(lab);
          assertThat(inPool(model, lease.get("ip")))
              .as("the guest's address is the LAN router's: %s", lab.step("guest-dhcp"))
              .isTrue();
          assertThat(lease.get("ip")).isNotEqualTo(br0Ip);
          assertThat(lease.get("router")).isEqualTo(lanRouter(model));
          assertThat(lab.step("ping-router").exit()).as("%s", lab.step("ping-router")).isZero();
          assertThat(lab.step("ping-internet").exit()).as("%s", lab.step("ping-internet")).isZero();

          assertThat(neighbours(lab.out("lan-neighbours")))
              .as("the LAN router knows the guest by its own MAC: %s", lab.step("lan-neighbours"))
              .containsEntry(lease.get("ip"), guestMac);
          assertThat(learnt(lab.out("bridge-fdb"), "tap0"))
              .as("br0 learnt the guest behind tap0: %s", lab.step("bridge-fdb"))
              .contains(guestMac);
          assertThat(lab.out("lan-leases"))
              .as("the LAN router's leases")
              .contains(" " + guestMac + " " + lease.get("ip") + " ", " " + br0Ip + " ");
          assertThat(notPassing(lab, "check")).as("netgen check: %s", lab.step("check")).isEmpty();
          assertThat(lab.out("check"))
              .contains(
                  "pass  br0  stp: expected on",
                  "pass  br0  forward_delay: expected 2 s / found 2 s");
        });
  }

  // ---------------------------------------------------------------- mac_nat

  /**
   * The mac_nat fixture: ebtables.sh start (br0's pre-up) loads the rules; the guest, at its fixed
   * address, reaches the LAN's router and the internet address, and the LAN knows the guest's
   * address by the uplink's MAC: every frame that left through the uplink carried it, so the access
   * point saw one client. Then the access point turns strict (frames from its station must carry
   * the station's MAC): with the rules, nothing is dropped and the guest and the host still get
   * through; after ebtables.sh stop the guest's frames carry its own MAC, the access point drops
   * them and the ping fails; after start it works again.
   *
   * <p>The rules load in br0's pre-up, before bridge-utils adds the ports, so even br0's own DHCP
   * exchange leaves the uplink with the uplink's MAC (step station-macs-at-ifup). When they loaded
   * in post-up, after ifupdown's dhcp method, this lab saw br0's MAC there, and an access point as
   * strict as the one above gave br0 no lease.
   */
  @Test
  void macNatGuestIsSeenOnTheLanWithTheUplinksMacAndGetsItsReplies() {
    Model model = load("mac_nat");
    Path root = render("mac_nat");
    Bridge br0 = model.bridges().get("br0");
    Nic nic = model.guests().get("win7").nics().get(0);
    String uplink = br0.macNat().orElseThrow().uplink().value().text();
    var env = env(model, root, "win7");
    String guestIp = nic.ip().orElseThrow().value().toString();
    env.put("BRIDGE", "br0");
    env.put("UPLINK", uplink);
    env.put("UPLINK_MAC", UPLINK_MAC);
    env.put("GUEST_IP", guestIp);

    var run = Lab.run(tmp, "mac_nat", env);
    run.check(
        lab -> {
          assertThat(lab.out("iw"))
              .as("4-address mode, asked for before wlan0 joined br0")
              .isEqualTo("dev " + uplink + " set 4addr on master=\n");
          assertThat(lab.out("ifup"))
              .as("%s", lab.step("ifup"))
              .contains("/etc/netgen/ebtables.sh start br0");
          var links = byName(lab.out("links"));
          assertThat(links.get("br0").path("address").asText())
              .isEqualTo(br0.mac().orElseThrow().value().toString());
          assertThat(links.get(uplink).path("master").asText()).isEqualTo("br0");
          assertThat(links.get("tap0").path("master").asText()).isEqualTo("br0");
          dhcpAddress(lab, "addresses", "br0", model);
          assertThat(lab.out("mac-nat-rules"))
              .as("%s", lab.step("mac-nat-rules"))
              .contains(
                  "-A NETGEN_POST_br0 -o "
                      + uplink
                      + " -j snat --to-src "
                      + UPLINK_MAC
                      + " --snat-arp --snat-target ACCEPT\n");

          assertThat(lab.step("ping-router").exit()).as("%s", lab.step("ping-router")).isZero();
          assertThat(lab.step("ping-internet").exit()).as("%s", lab.step("ping-internet")).isZero();
          assertThat(neighbours(lab.out("lan-neighbours")))
              .as(
                  "the LAN knows the guest's address by the uplink's MAC: %s",
                  lab.step("lan-neighbours"))
              .containsEntry(guestIp, UPLINK_MAC);
          assertThat(macs(lab.out("station-macs-at-ifup")))
              .as(
                  "every source MAC the access point saw while br0 came up: %s",
                  lab.step("station-macs-at-ifup"))
              .containsExactly(UPLINK_MAC);
          assertThat(macs(lab.out("station-macs")))
              .as(
                  "every source MAC the access point saw once the rules were loaded: %s",
                  lab.step("station-macs"))
              .containsExactly(UPLINK_MAC);

          assertThat(lab.step("ping-strict").exit()).as("%s", lab.step("ping-strict")).isZero();
          assertThat(lab.step("host-ping-strict").exit())
              .as("%s", lab.step("host-ping-strict"))
              .isZero();
          assertThat(dropped(lab.out("dropped-with-mac-nat")))
              .as("%s", lab.step("dropped-with-mac-nat"))
              .isZero();
          assertThat(lab.step("ping-without-mac-nat").exit())
              .as("%s", lab.step("ping-without-mac-nat"))
              .isNotZero();
          assertThat(dropped(lab.out("dropped-without-mac-nat")))
              .as("%s", lab.step("dropped-without-mac-nat"))
              .isPositive();
          assertThat(lab.step("ping-again").exit()).as("%s", lab.step("ping-again")).isZero();
          assertThat(notPassing(lab, "check")).as("netgen check: %s", lab.step("check")).isEmpty();
          assertThat(lab.out("check"))
              .contains(
                  "pass  " + uplink + "  4addr: expected on / found on",
                  "pass  br0  ebtables nat NETGEN_PRE_br0: expected 2 rules, 1 jump from PREROUTING");
        });
  }

  // ---------------------------------------------------------------- helpers

  private static Model load(String fixture) {
    return new ModelLoader()
        .load("fixtures/" + fixture + "/model.yaml", InputStream.nullInputStream());
  }

  /** netgen render --target debian, as a user runs it, into tmp/root. */
  private Path render(String fixture) {
    Path root = tmp.resolve("root");
    var run =
        CliRun.run(
            "render",
            "fixtures/" + fixture + "/model.yaml",
            "--target",
            "debian",
            "--out",
            root.toString());
    assertThat(run.exit()).as("netgen render%n%s", run).isZero();
    return root;
  }

  /**
   * What every scenario needs: the rendered tree, an empty work folder, the LAN from the model's
   * upstream, and the guest's NIC as QEMU would make it from the rendered arguments, with the owner
   * of its tap.
   */
  private Map<String, String> env(Model model, Path root, String guest) {
    var env = new LinkedHashMap<String, String>();
    env.put("ROOT", root.toString());
    env.put("WORK", dir("work").toString());
    Upstream lan = model.host().upstream().orElseThrow();
    env.put("LAN_SUBNET", lan.subnet().value().toString());
    env.put("LAN_ROUTER", lanRouter(model));
    Range pool = lan.dhcpRange().orElseThrow();
    env.put("LAN_POOL", pool.start().value() + "," + pool.end().value());
    var nic = qemuNic(root.resolve("etc/netgen/qemu/" + guest + ".args"));
    env.put("GUEST_TAP", nic.get("ifname"));
    env.put("GUEST_MAC", nic.get("mac"));
    Tap tap = model.taps().get(nic.get("ifname"));
    env.put("TAP_USER", tap.owner().orElseThrow().value().text());
    env.put("TAP_GROUP", tap.group().orElseThrow().value().text());
    env.put("MODEL", model.source());
    env.put("MODEL_DIR", Path.of("").toAbsolutePath().toString());
    env.put("NETGEN", Lab.netgen());
    return env;
  }

  /** The LAN's router: the first address of the model's upstream subnet. */
  static String lanRouter(Model model) {
    Cidr subnet = model.host().upstream().orElseThrow().subnet().value();
    return new Ipv4((int) (subnet.first() + 1)).toString();
  }

  static boolean inPool(Model model, String ip) {
    return model
        .host()
        .upstream()
        .orElseThrow()
        .dhcpRange()
        .map(r -> r.contains(ipv4(ip)))
        .orElse(false);
  }

  private static Ipv4 ipv4(String text) {
    try {
      return Ipv4.parse(text);
    } catch (InvalidValueException e) {
      throw new AssertionError("not an IPv4 address: " + text, e);
    }
  }

  /**
   * The tap and MAC of the guest's NIC from its rendered QEMU arguments, checked for what makes
   * QEMU attach to the existing tap: a tap netdev with script=no and downscript=no, and a device on
   * that netdev.
   */
  static Map<String, String> qemuNic(Path args) {
    String line;
    try {
      line =
          Files.readAllLines(args).stream()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .findFirst()
              .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] words = line.trim().split("\\s+");
    assertThat(words).as(line).hasSize(4);
    assertThat(words[0]).isEqualTo("-netdev");
    assertThat(words[2]).isEqualTo("-device");
    var netdev = options(words[1]);
    var device = options(words[3]);
    assertThat(words[1]).as(line).startsWith("tap,");
    assertThat(netdev)
        .as(line)
        .containsEntry("script", "no")
        .containsEntry("downscript", "no")
        .containsKey("ifname");
    assertThat(device.get("netdev")).as(line).isEqualTo(netdev.get("id"));
    return Map.of("ifname", netdev.get("ifname"), "mac", device.get("mac"));
  }

  private static Map<String, String> options(String csv) {
    var options = new HashMap<String, String>();
    for (String part : csv.split(",")) {
      int eq = part.indexOf('=');
      options.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? "" : part.substring(eq + 1));
    }
    return options;
  }

  private Path dir(String name) {
    try {
      return Files.createDirectories(tmp.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The guest's lease as lab/udhcpc-lease.sh printed it. */
  static Map<String, String> lease(Lab.Run lab) {
    var lease = new HashMap<String, String>();
    for (String line : lab.out("guest-dhcp").split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0 && line.substring(0, eq).matches("[a-z]+")) {
        lease.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    assertThat(lease)
        .as("a lease: %s", lab.step("guest-dhcp"))
        .containsKeys("ip", "router", "subnet");
    return lease;
  }

  /**
   * DEVICE's address, checked to come from the LAN router's pool (dhclient's script sets it with a
   * lifetime, udhcpc's with ifconfig without one: the LAN router's lease file says who leased).
   */
  static String dhcpAddress(Lab.Run lab, String step, String device, Model model) {
    JsonNode dev = byName(lab.out(step)).get(device);
    assertThat(dev).as("%s in %s", device, lab.step(step)).isNotNull();
    for (JsonNode a : dev.path("addr_info")) {
      if (a.path("family").asText().equals("inet")) {
        assertThat(inPool(model, a.path("local").asText()))
            .as("%s's address is the LAN router's: %s", device, a)
            .isTrue();
        return a.path("local").asText();
      }
    }
    throw new AssertionError(device + " has no IPv4 address: " + lab.step(step));
  }

  /** internet's counting rules: source -> echo requests seen. */
  static Map<String, Integer> counters(String saved) {
    var counters = new LinkedHashMap<String, Integer>();
    Matcher m = COUNTER.matcher(saved);
    while (m.find()) {
      counters.put(m.group(2), Integer.parseInt(m.group(1)));
    }
    return counters;
  }

  private static int dropped(String listing) {
    Matcher m = DROPPED.matcher(listing);
    assertThat(m.find()).as("a packet count in: %s", listing).isTrue();
    return Integer.parseInt(m.group(1));
  }

  /** `ip -j neigh show` as IP -> MAC. */
  private static Map<String, String> neighbours(String json) {
    var neighbours = new LinkedHashMap<String, String>();
    for (JsonNode n : parse(json)) {
      neighbours.put(n.path("dst").asText(), n.path("lladdr").asText());
    }
    return neighbours;
  }

  /** The MACs a `bridge -j fdb show` learnt on port (neither permanent nor the port's own). */
  private static Set<String> learnt(String json, String port) {
    var macs = new TreeSet<String>();
    for (JsonNode e : parse(json)) {
      if (e.path("ifname").asText().equals(port)
          && e.path("state").asText().isEmpty()
          && e.has("master")) {
        macs.add(e.path("mac").asText());
      }
    }
    return macs;
  }

  /** The first word of each line of `bridge fdb show`: the MACs. */
  private static List<String> macs(String listing) {
    return listing.lines().filter(l -> !l.isBlank()).map(l -> l.split(" ")[0]).toList();
  }

  /** `ip -j route show` as "DST via GATEWAY dev DEV" lines. */
  static List<String> routes(String json) {
    return StreamSupport.stream(parse(json).spliterator(), false)
        .map(
            r ->
                r.path("dst").asText()
                    + (r.has("gateway") ? " via " + r.get("gateway").asText() : "")
                    + " dev "
                    + r.path("dev").asText())
        .toList();
  }

  /** `ip -j ... show` output as a map from device name to its JSON object. */
  static Map<String, JsonNode> byName(String json) {
    var byName = new LinkedHashMap<String, JsonNode>();
    for (JsonNode link : parse(json)) {
      byName.put(link.path("ifname").asText(), link);
    }
    return byName;
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
