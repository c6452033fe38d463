package dev.netgen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netgen.diag.NetgenException;
import dev.netgen.model.Address;
import dev.netgen.model.Model;
import dev.netgen.model.NicType;
import dev.netgen.model.OutputPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelLoaderTest {
  private static Model load(String yaml) {
    return new ModelLoader().parse("m.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * What the command line reserves: the writer's manifest (write.Manifest, which load may not
   * import).
   */
  private static final ReservedPath MANIFEST =
      new ReservedPath(
          OutputPath.of("etc/netgen/manifest"), "netgen's own list of the files it owns");

  private static Model loadReserving(String yaml) {
    return new ModelLoader(Limits.DEFAULT, List.of(MANIFEST))
        .parse("m.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static String errorOf(String yaml) {
    try {
      loadReserving(yaml);
    } catch (NetgenException e) {
      assertThat(e.exitCode()).isEqualTo(2);
      return e.diagnostics().get(0).format();
    }
    throw new AssertionError("loaded without error: " + yaml);
  }

  @Test
  void placesABadByteByTheCharactersBeforeIt() {
    byte[] bytes = {
      'h',
      'o',
      's',
      't',
      ':',
      '\r',
      ' ',
      'n',
      'a',
      'm',
      'e',
      ':',
      ' ',
      (byte) 0xc3,
      (byte) 0xa9,
      (byte) 0xff
    };
    assertThatThrownBy(() -> new ModelLoader().parse("m.yaml", bytes))
        .satisfies(
            e ->
                assertThat(((NetgenException) e).diagnostics().get(0).at())
                    .hasToString("m.yaml:2:9"));
  }

  @Test
  void placesAControlCharacterByTheCharactersBeforeIt() {
    assertThat(errorOf("version: 1\rhost: {name: \ud83d\ude00\u0001}\n"))
        .startsWith("m.yaml:2:15: error[load]: control character");
  }

  @Test
  void readsUnquotedMacAsMacNotBase60Integer() {
    var model = load("version: 1\ntaps:\n  tap0:\n    mac: 12:34:56:78:9A:bc\n");
    assertThat(model.taps().get("tap0").mac().orElseThrow().value())
        .hasToString("12:34:56:78:9a:bc");
  }

  @Test
  void readsYesNoOnAsNames() {
    var model = load("version: 1\ntaps:\n  yes: {}\n  no: {}\n  on: {}\n  off: {}\n");
    assertThat(model.taps().keySet()).containsExactly("yes", "no", "on", "off");
  }

  @Test
  void keepsTheOrderTheModelWrote() {
    var model = load("version: 1\ntaps:\n  tap9: {}\n  tap1: {}\n  tap5: {}\n");
    assertThat(model.taps().keySet()).containsExactly("tap9", "tap1", "tap5");
  }

  @Test
  void rejectsOctalLookingAddress() {
    assertThat(errorOf("version: 1\ninterfaces:\n  eth0:\n    address: 010.0.0.1/8\n"))
        .startsWith("m.yaml:4:14: error[load]: address: invalid IPv4 address '010.0.0.1'");
  }

  @Test
  void rejectsNumberWithLeadingZeroAsSeconds() {
    assertThat(errorOf("version: 1\nbridges:\n  br0:\n    forward_delay: 010\n"))
        .contains("forward_delay: invalid number of seconds '010'");
  }

  @Test
  void keepsPositionOfEveryValue() {
    var model =
        load(
            "version: 1\ninterfaces:\n  eth0:\n    address: 192.168.1.5/24\n    gateway: 192.168.1.1\n");
    var eth0 = model.interfaces().get("eth0");
    assertThat(eth0.name().at()).hasToString("m.yaml:3:3");
    assertThat(eth0.address().at()).hasToString("m.yaml:4:14");
    assertThat(eth0.gateway().orElseThrow().at()).hasToString("m.yaml:5:14");
    assertThat(eth0.address().value()).isInstanceOf(Address.Static.class);
    assertThat(eth0.type().value()).isEqualTo(NicType.ETHERNET);
  }

  @Test
  void readsStandardInputForDash() {
    var stdin =
        new ByteArrayInputStream("version: 1\ntaps: {tap0: {}}\n".getBytes(StandardCharsets.UTF_8));
    var model = new ModelLoader().load("-", stdin);
    assertThat(model.source()).isEqualTo("<stdin>");
    assertThat(model.taps()).containsKey("tap0");
  }

  @Test
  void reportsEveryProblemInOneRun() {
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            NetgenException.class,
            () ->
                load("version: 1\ninterfaces:\n  eth0:\n    adress: dhcp\n  eth1:\n    mac: zz\n"));
    assertThat(e.diagnostics()).hasSize(2);
    assertThat(e.diagnostics().get(0).at().line()).isEqualTo(4);
    assertThat(e.diagnostics().get(1).at().line()).isEqualTo(6);
  }

  @Test
  void reportsBadDhcpOptionsEvenWhenTheRangeIsBad() {
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            NetgenException.class,
            () ->
                load(
                    "version: 1\nbridges:\n  br0:\n    dhcp_server:\n      range: [x, 172.16.1.9]\n"
                        + "      lease: 1h;id\n      router: y\n      dns: [z]\n      domain: a b\n"));
    assertThat(e.diagnostics())
        .extracting(d -> d.at().line() + ": " + d.message())
        .containsExactly(
            "5: DHCP range start: invalid IPv4 address 'x'",
            "6: lease: invalid lease time '1h;id'",
            "7: router: invalid IPv4 address 'y'",
            "8: DNS server: invalid IPv4 address 'z'",
            "9: domain: invalid domain name 'a b'");
  }

  @Test
  void reportsBadUpstreamRangeEvenWhenTheSubnetIsBad() {
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            NetgenException.class,
            () ->
                load(
                    "version: 1\nhost:\n  upstream:\n    subnet: x\n    dhcp_range: [y, 192.168.1.9]\n"));
    assertThat(e.diagnostics())
        .extracting(d -> d.at().line() + ": " + d.message())
        .containsExactly(
            "4: upstream subnet: invalid CIDR 'x'",
            "5: upstream dhcp_range start: invalid IPv4 address 'y'");
  }

  @Test
  void refusesOutputAtNetgensOwnManifest() {
    assertThat(errorOf("version: 1\noutputs:\n  dnsmasq: /etc/netgen/manifest\n"))
        .isEqualTo(
            "m.yaml:3:12: error[load]: outputs.dnsmasq: /etc/netgen/manifest would take the place of"
                + " /etc/netgen/manifest, netgen's own list of the files it owns\n"
                + "  hint: choose a path outside /etc/netgen/manifest, e.g. /etc/netgen/dnsmasq.conf");
  }

  @Test
  void refusesOutputOnTheWayToOrBelowTheManifest() {
    assertThat(errorOf("version: 1\noutputs:\n  sysctl: /etc/netgen\n"))
        .contains("outputs.sysctl: /etc/netgen would take the place of /etc/netgen/manifest");
    assertThat(errorOf("version: 1\noutputs:\n  sysctl: /etc/netgen/manifest/x.conf\n"))
        .contains(
            "outputs.sysctl: /etc/netgen/manifest/x.conf would take the place of /etc/netgen/manifest");
    assertThat(
            loadReserving(
                    "version: 1\noutputs:\n  sysctl: /etc/netgen/manifest.d\n  net: /etc/net\n")
                .outputs())
        .hasSize(2);
  }

  @Test
  void reservesNoPathUnlessTold() {
    assertThat(load("version: 1\noutputs:\n  dnsmasq: /etc/netgen/manifest\n").outputs())
        .hasSize(1);
  }

  @Test
  void refusesTwoOutputsAtOnePath() {
    assertThat(errorOf("version: 1\noutputs:\n  sysctl: /etc/x.conf\n  dnsmasq: /etc/x.conf\n"))
        .isEqualTo(
            "m.yaml:4:12: error[load]: outputs.dnsmasq: /etc/x.conf is already the path of outputs.sysctl (line 3)\n"
                + "  hint: give each output its own path");
  }

  @Test
  void refusesInputOverTheSizeLimitWithoutReadingItAll() {
    var limits = new Limits(64, 20, 32, 1000);
    var endless =
        new java.io.InputStream() {
          long served;

          @Override
          public int read() {
            served++;
            return '#';
          }
        };
    assertThatThrownBy(() -> new ModelLoader(limits).load("-", endless))
        .isInstanceOf(NetgenException.class)
        .hasMessageContaining("larger than the limit of 64 bytes");
    assertThat(endless.served).isLessThanOrEqualTo(65);
  }

  @Test
  void acceptsUtf8ByteOrderMark() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] yaml = "version: 1\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + yaml.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(yaml, 0, all, 3, yaml.length);
    assertThat(new ModelLoader().parse("m.yaml", all).taps()).isEmpty();
  }

  @Test
  void readsBridgeTimersInCentiseconds() {
    var model =
        load(
            "version: 1\nbridges:\n  br0:\n    stp: true\n    forward_delay: 2\n    hello_time: 1.5\n");
    var br0 = model.bridges().get("br0");
    assertThat(br0.forwardDelay().orElseThrow().value().duration())
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(br0.helloTime().orElseThrow().value().duration()).isEqualTo(Duration.ofMillis(1500));
    assertThat(br0.stpOn()).isTrue();
  }

  @Test
  void defaultsForwardingToOnWhenAnyBridgeHasNat() {
    var model =
        load("version: 1\nbridges:\n  br0:\n    address: 172.16.1.1/24\n    nat: {uplink: eth0}\n");
    assertThat(model.forwardingOn()).isTrue();
    assertThat(load("version: 1\n").forwardingOn()).isFalse();
  }
}
