package dev.netgen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netgen.diag.NetgenException;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.render.FileSet;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fact of netgen check on a faked host (FakeHost: the nat fixture up, as root): the healthy
 * host passes them all, and each break makes exactly the facts about it fail or warn. The same
 * breaks on a real host are in the nat lab (EndToEndLabTest).
 */
class CheckTest {
  private static final String MODEL = "fixtures/nat/model.yaml";

  @TempDir Path root;
  private Model model;
  private FileSet rendered;
  private FakeHost host;

  @BeforeEach
  void renderTheNatFixtureUnderRoot() throws IOException {
    model = new ModelLoader().load(MODEL, InputStream.nullInputStream());
    rendered = new Renderer().render(model, Targets.find("debian").orElseThrow());
    var run = CliRun.run("render", MODEL, "--target", "debian", "--out", root.toString());
    assertThat(run.exit()).as("%s", run).isZero();
    host = new FakeHost(Files.readString(root.resolve("etc/dnsmasq.netgen.conf")));
  }

  private List<Fact> check() {
    return Check.run(model, "debian", rendered, root, host);
  }

  private static List<String> notPassing(List<Fact> facts) {
    return facts.stream()
        .filter(f -> f.status() != Status.PASS)
        .map(f -> f.status().word() + " " + f.subject() + " " + f.name())
        .toList();
  }

  @Test
  void theHealthyHostPassesEveryFactInModelOrder() {
    var facts = check();
    assertThat(notPassing(facts)).isEmpty();
    assertThat(facts)
        .extracting(f -> f.subject() + " " + f.name())
        .containsExactly(
            "wlan0 exists",
            "wlan0 up",
            "wlan0 address",
            "wlan0 rp_filter",
            "tap0 exists",
            "tap0 up",
            "tap0 address",
            "tap0 persistent",
            "tap0 owner",
            "tap0 group",
            "br0 exists",
            "br0 up",
            "br0 address",
            "br0 port tap0",
            "br0 stp",
            "br0 subnet route",
            "br0 iptables nat NETGEN_POST_br0",
            "br0 iptables filter NETGEN_FWD_br0",
            "br0 dhcp server",
            "br0 dhcp config",
            "br0 other dhcp servers",
            "br0 port 53",
            "route default",
            "host net.ipv4.ip_forward",
            "host iptables FORWARD policy",
            "host bridge-nf-call-iptables",
            "host firewall backends",
            "files rendered files");
  }

  static Stream<Arguments> breaks() {
    return Stream.of(
        breaks(
            "br0 lost its address",
            h -> h.links = h.links.replace("\"local\":\"172.16.1.1\"", "\"local\":\"172.16.9.1\""),
            "fail br0 address"),
        breaks(
            "br0 is down",
            h ->
                h.links =
                    h.links.replace(
                        "\"ifname\":\"br0\",\"flags\":[\"BROADCAST\",\"MULTICAST\",\"UP\"]",
                        "\"ifname\":\"br0\",\"flags\":[\"BROADCAST\",\"MULTICAST\"]"),
            "fail br0 up"),
        breaks(
            "tap0 left br0",
            h -> h.links = h.links.replace("\"master\":\"br0\",", ""),
            "fail br0 port tap0"),
        breaks(
            "tap0 belongs to root",
            h -> h.links = h.links.replace("\"user\":\"qemu\"", "\"user\":\"root\""),
            "fail tap0 owner"),
        breaks(
            "tap0 group",
            h -> h.links = h.links.replace("\"group\":\"kvm\"", "\"group\":\"root\""),
            "fail tap0 group"),
        breaks(
            "tap0 not persistent",
            h -> h.links = h.links.replace("\"persist\":true", "\"persist\":false"),
            "fail tap0 persistent"),
        breaks(
            "tap0 is a veth",
            h -> h.links = h.links.replace("\"info_kind\":\"tun\"", "\"info_kind\":\"veth\""),
            "fail tap0 kind"),
        breaks(
            "STP on",
            h -> h.links = h.links.replace("\"stp_state\":0", "\"stp_state\":1"),
            "fail br0 stp"),
        breaks(
            "wlan0 has no lease",
            h -> h.links = h.links.replace("\"local\":\"192.168.1.13\"", "\"local\":\"10.0.0.13\""),
            "fail wlan0 address"),
        breaks(
            "a tap with an address",
            h ->
                h.links =
                    h.links.replace(
                        "\"addr_info\":[]}",
                        "\"addr_info\":[{\"family\":\"inet\",\"local\":\"10.9.9.9\",\"prefixlen\":8}]}"),
            "warn tap0 address"),
        breaks(
            "wlan0 renamed, unmodelled NIC present",
            h -> h.links = h.links.replace("\"ifname\":\"wlan0\"", "\"ifname\":\"wlp3s0\""),
            "fail wlan0 exists"),
        breaks(
            "default route elsewhere",
            h -> h.routes = h.routes.replace("\"dev\":\"wlan0\"}", "\"dev\":\"eth1\"}"),
            "fail route default"),
        breaks(
            "subnet routed through a VPN",
            h -> h.routes = h.routes.replace("]", ",{\"dst\":\"172.16.0.0/16\",\"dev\":\"tun0\"}]"),
            "fail br0 subnet route"),
        breaks(
            "forwarding off",
            h -> h.files.put("/proc/sys/net/ipv4/ip_forward", "0\n"),
            "fail host net.ipv4.ip_forward"),
        breaks(
            "a NETGEN chain flushed",
            h -> h.iptables = h.iptables.replace("-A NETGEN_FWD_br0 -i br0 -o br0 -j ACCEPT\n", ""),
            "fail br0 iptables filter NETGEN_FWD_br0"),
        breaks(
            "a foreign rule in a NETGEN chain",
            h ->
                h.iptables =
                    h.iptables.replace("COMMIT\n*nat", "-A NETGEN_FWD_br0 -j DROP\nCOMMIT\n*nat"),
            "fail br0 iptables filter NETGEN_FWD_br0"),
        breaks(
            "the jump into a chain twice",
            h ->
                h.iptables =
                    h.iptables.replace(
                        "-A POSTROUTING -j NETGEN_POST_br0\n",
                        "-A POSTROUTING -j NETGEN_POST_br0\n-A POSTROUTING -j NETGEN_POST_br0\n"),
            "fail br0 iptables nat NETGEN_POST_br0"),
        breaks(
            "Docker's FORWARD DROP with netgen's chains",
            h -> h.iptables = h.iptables.replace(":FORWARD ACCEPT", ":FORWARD DROP")),
        breaks(
            "Docker's FORWARD DROP without them",
            h ->
                h.iptables =
                    h.iptables
                        .replace(":FORWARD ACCEPT", ":FORWARD DROP")
                        .replace("-A FORWARD -j NETGEN_FWD_br0\n", ""),
            "fail br0 iptables filter NETGEN_FWD_br0",
            "fail host iptables FORWARD policy"),
        breaks(
            "bridge-nf-call-iptables=1, FORWARD ACCEPT",
            h -> h.files.put(HostFacts.BRIDGE_NF, "1\n"),
            "warn host bridge-nf-call-iptables"),
        breaks(
            "bridge-nf-call-iptables=1, FORWARD DROP",
            h -> {
              h.files.put(HostFacts.BRIDGE_NF, "1\n");
              h.iptables = h.iptables.replace(":FORWARD ACCEPT", ":FORWARD DROP");
            },
            "fail host bridge-nf-call-iptables"),
        breaks(
            "rules in iptables-legacy too",
            h -> h.legacy = "*filter\n:FORWARD ACCEPT [0:0]\n-A FORWARD -j DOCKER\nCOMMIT\n",
            "warn host firewall backends"),
        breaks(
            "strict rp_filter, symmetric",
            h -> h.files.put("/proc/sys/net/ipv4/conf/all/rp_filter", "1\n"),
            "warn wlan0 rp_filter"),
        breaks(
            "strict rp_filter, default route elsewhere",
            h -> {
              h.files.put("/proc/sys/net/ipv4/conf/wlan0/rp_filter", "1\n");
              h.routes = h.routes.replace("\"dev\":\"wlan0\"}", "\"dev\":\"eth1\"}");
            },
            "fail wlan0 rp_filter",
            "fail route default"),
        breaks(
            "no DHCP server",
            h -> h.sockets = h.sockets.replace(":67 ", ":68 "),
            "fail br0 dhcp server"),
        breaks(
            "a second DHCP server (libvirt's dnsmasq)",
            h ->
                h.sockets =
                    h.sockets
                        + "udp   UNCONN 0      0          0.0.0.0:67        0.0.0.0:*    users:((\"dnsmasq\",pid=99,fd=4))\n",
            "fail br0 other dhcp servers"),
        breaks(
            "dnsmasq reading another file",
            h -> h.files.put("/proc/42/cmdline", "dnsmasq\0--conf-file=/etc/other.conf\0"),
            "fail br0 dhcp config",
            "fail br0 other dhcp servers",
            "fail br0 port 53"),
        breaks(
            "port 53 taken on br0's address",
            h ->
                h.sockets =
                    h.sockets
                        + "udp   UNCONN 0      0          0.0.0.0:53        0.0.0.0:*    users:((\"named\",pid=77,fd=5))\n",
            "fail br0 port 53"));
  }

  private static Arguments breaks(String what, Consumer<FakeHost> change, String... notPassing) {
    return Arguments.of(what, change, List.of(notPassing));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breaks")
  void eachBreakFailsExactlyItsFacts(
      String what, Consumer<FakeHost> change, List<String> expected) {
    change.accept(host);
    assertThat(notPassing(check())).as(what).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aRenamedNicIsFoundByItsModelledMac() throws IOException {
    Path file = root.resolve("mac.yaml");
    Files.writeString(
        file,
        Files.readString(Path.of(MODEL))
            .replace("    type: wireless\n", "    type: wireless\n    mac: 02:00:00:00:0a:01\n"));
    model = new ModelLoader().load(file.toString(), InputStream.nullInputStream());
    host.links = host.links.replace("\"ifname\":\"wlan0\"", "\"ifname\":\"wlp3s0\"");
    var exists =
        check().stream()
            .filter(f -> f.subject().equals("wlan0") && f.name().equals("exists"))
            .findFirst()
            .orElseThrow();
    assertThat(exists.status()).isEqualTo(Status.FAIL);
    assertThat(exists.found()).isEqualTo("absent; wlp3s0 has its MAC 02:00:00:00:0a:01");
    assertThat(exists.hint()).contains("ip link set wlp3s0 name wlan0");
  }

  @Test
  void aBridgeNotStartedAtBootIsSkippedWhileDownAndCheckedOnceUp() throws IOException {
    Path file = root.resolve("lab.yaml");
    Files.writeString(
        file,
        Files.readString(Path.of(MODEL))
            .replace("    ports: [tap0]\n", "    ports: [tap0]\n    autostart: false\n"));
    model = new ModelLoader().load(file.toString(), InputStream.nullInputStream());
    assertThat(model.bridges().get("br0").autostartOn()).isFalse();
    String upLinks = host.links;
    // up by hand: checked like any other device, and healthy
    assertThat(check())
        .filteredOn(f -> f.subject().equals("br0") && f.name().equals("exists"))
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    // down, as after boot: neither the bridge nor its tap is missing, both are skipped with the way
    // up
    host.links =
        upLinks
            .replace("\"ifname\":\"br0\"", "\"ifname\":\"gone0\"")
            .replace("\"ifname\":\"tap0\"", "\"ifname\":\"gone1\"");
    var facts = check();
    assertThat(facts)
        .filteredOn(f -> f.subject().equals("br0") || f.subject().equals("tap0"))
        .extracting(f -> f.status().word() + " " + f.subject() + " " + f.name())
        .containsExactly("skip tap0 exists", "skip br0 exists");
    assertThat(facts)
        .filteredOn(f -> f.subject().equals("br0"))
        .singleElement()
        .satisfies(f -> assertThat(f.hint()).contains("autostart: false").contains("ifup br0"));
  }

  @Test
  void asAnotherUserTheRootOnlyFactsAreSkippedWithTheReason() {
    host.root = false;
    var facts = check();
    assertThat(notPassing(facts))
        .containsExactly(
            "skip br0 iptables NETGEN chains",
            "skip br0 dhcp config",
            "skip host iptables FORWARD policy",
            "skip host firewall backends");
    assertThat(facts)
        .filteredOn(f -> f.status() == Status.SKIP)
        .allSatisfy(f -> assertThat(f.hint()).startsWith("needs root"));
  }

  @Test
  void withoutIpTheHostCannotBeReadAndCheckSaysSoWithExit2() {
    host.ipInstalled = false;
    assertThatThrownBy(this::check)
        .isInstanceOfSatisfying(
            NetgenException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(2);
              assertThat(e.getMessage())
                  .contains("cannot read the host: ip (iproute2) not installed");
            });
  }

  @Test
  void aChangedFileIsOneFailingFact() throws IOException {
    Files.writeString(root.resolve("etc/sysctl.d/90-netgen.conf"), "net.ipv4.ip_forward = 0\n");
    assertThat(notPassing(check())).containsExactly("fail files rendered files");
  }

  @Test
  void textAndJsonOfABrokenHostAreAsInTheGoldens() {
    host.links = host.links.replace("\"master\":\"br0\",", "");
    host.files.put(HostFacts.BRIDGE_NF, "1\n");
    var facts =
        check().stream()
            .map(
                f ->
                    f.subject().equals("files")
                        ? Fact.pass("files", "rendered files", "as rendered", "N files as rendered")
                        : f)
            .toList();
    var text = new StringWriter();
    CheckReport.text(facts, new PrintWriter(text));
    var json = new StringWriter();
    CheckReport.json(facts, new PrintWriter(json));
    Golden.check(
        Path.of("fixtures/check/nat-broken.text.expected"),
        text.toString(),
        "mvn test -Dtest=CheckTest");
    Golden.check(
        Path.of("fixtures/check/nat-broken.json.expected"),
        json.toString(),
        "mvn test -Dtest=CheckTest");
  }
}
