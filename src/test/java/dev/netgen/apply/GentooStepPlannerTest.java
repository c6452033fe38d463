package dev.netgen.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Gentoo planner on transitions between the fixtures' rendered conf.d/net (their goldens) and
 * edits of them: which net.X services stop before the write and start after it, in which order.
 */
class GentooStepPlannerTest {
  private static final Path FIXTURES = Path.of("fixtures");

  private final GentooStepPlanner planner = new GentooStepPlanner();

  private static final String BR1 =
      """

      # tap1: tap for QEMU, port of br1
      tuntap_tap1="tap"
      config_tap1="null"
      rc_net_tap1_provide="!net"

      # br1: bridge
      config_br1="172.16.2.1/24"
      bridge_br1="tap1"
      rc_net_br1_need="net.tap1"
      """;

  @Test
  void anEmptyHostStartsEveryDevicePortsBeforeTheirBridge() {
    var plan = planner.plan(fresh("nat"));

    assertThat(plan.beforeWrite()).isEmpty();
    assertThat(lines(plan.afterWrite()))
        .containsExactly(
            "rc-service net.tap0 start", "rc-service net.br0 start", "rc-service net.wlan0 start");
  }

  @Test
  void aFileWithTheSameDevicesTouchesNothing() {
    String nat = conf("nat");
    String otherHeader = nat.replace("from fixtures/nat/model.yaml", "from /etc/netgen/model.yaml");

    assertThat(planner.plan(conf(nat, otherHeader)).isEmpty()).isTrue();
  }

  @Test
  void aNewBridgeAndItsTapComeUpAloneTapFirst() {
    String nat = conf("nat");
    var plan = planner.plan(atBoot(conf(nat, withBr1(nat)), "br1"));

    assertThat(plan.beforeWrite()).isEmpty();
    assertThat(lines(plan.afterWrite()))
        .containsExactly("rc-service net.tap1 start", "rc-service net.br1 start");
    assertThat(plan.afterWrite().get(1).why()).isEqualTo("br1: added to conf.d/net");
    assertThat(plan.afterWrite().get(0).why())
        .isEqualTo("tap1: added to conf.d/net, needed by br1");
  }

  @Test
  void aNewDeviceThatDoesNotStartAtBootIsLeftDown() {
    String nat = conf("nat");

    assertThat(planner.plan(conf(nat, withBr1(nat))).isEmpty()).isTrue();
  }

  @Test
  void aValueOverSeveralLinesBelongsToItsDevice() {
    String nat = conf("nat");
    String twoLines = nat.replace("172.16.1.1/24\"", "172.16.1.1/24\nfd42:1::1/64\"");
    String changed = twoLines.replace("fd42:1::1/64", "fd42:9::1/64");

    assertThat(NetifrcConf.parse(twoLines).device("br0").lines())
        .contains("config_br0=\"172.16.1.1/24\nfd42:1::1/64\"");
    var plan = planner.plan(conf(twoLines, changed));

    assertThat(lines(plan.beforeWrite())).containsExactly("rc-service net.br0 --nodeps stop");
    assertThat(lines(plan.afterWrite())).containsExactly("rc-service net.br0 start");
  }

  @Test
  void aRemovedBridgeGoesDownBeforeItsTapAndBeforeTheWrite() {
    String nat = conf("nat");
    var plan = planner.plan(conf(withBr1(nat), nat));

    assertThat(lines(plan.beforeWrite()))
        .containsExactly("rc-service net.br1 --nodeps stop", "rc-service net.tap1 --nodeps stop");
    assertThat(plan.afterWrite()).isEmpty();
  }

  @Test
  void aChangedBridgeRestartsAroundTheWriteAndItsTapStays() {
    String nat = conf("nat");
    var plan = planner.plan(conf(nat, nat.replace("172.16.1.1/24", "172.16.9.1/24")));

    assertThat(lines(plan.beforeWrite())).containsExactly("rc-service net.br0 --nodeps stop");
    assertThat(lines(plan.afterWrite())).containsExactly("rc-service net.br0 start");
  }

  @Test
  void aChangedPortTakesItsBridgeDownAndUpWithIt() {
    String nat = conf("nat");
    var plan = planner.plan(conf(nat, nat.replace("group kvm", "group qemu")));

    assertThat(lines(plan.beforeWrite()))
        .containsExactly("rc-service net.br0 --nodeps stop", "rc-service net.tap0 --nodeps stop");
    assertThat(lines(plan.afterWrite()))
        .containsExactly("rc-service net.tap0 start", "rc-service net.br0 start");
    assertThat(plan.beforeWrite().get(0).why()).isEqualTo("br0: loses its port tap0");
  }

  @Test
  void aChangedHookArmRestartsOnlyItsBridge() {
    String nat = conf("nat");
    String edited = nat.replace("iptables.sh start br0 || exit 1", "iptables.sh start br0 || true");

    var plan = planner.plan(conf(nat, edited));

    assertThat(lines(plan.beforeWrite())).containsExactly("rc-service net.br0 --nodeps stop");
    assertThat(lines(plan.afterWrite())).containsExactly("rc-service net.br0 start");
  }

  @Test
  void aChangeToTheLinesEveryDeviceReadsRestartsThemAll() {
    String nat = conf("nat");
    String edited = nat.replace("[ -r /etc/conf.d/net.local ]", "[ -f /etc/conf.d/net.local ]");

    var plan = planner.plan(conf(nat, edited));

    assertThat(lines(plan.beforeWrite()))
        .containsExactly(
            "rc-service net.wlan0 --nodeps stop",
            "rc-service net.br0 --nodeps stop",
            "rc-service net.tap0 --nodeps stop");
    assertThat(lines(plan.afterWrite()))
        .containsExactly(
            "rc-service net.tap0 start", "rc-service net.br0 start", "rc-service net.wlan0 start");
  }

  @Test
  void aBridgeSettingRestartsTheBridgeButNotItsPorts() {
    // bridged: br0 needs eth0 and tap0; giving br0 a new forward delay restarts br0 only
    String bridged = conf("bridged");
    var plan =
        planner.plan(
            conf(
                bridged,
                bridged.replace(
                    "bridge_forward_delay_br0=\"200\"", "bridge_forward_delay_br0=\"400\"")));

    assertThat(lines(plan.beforeWrite())).containsExactly("rc-service net.br0 --nodeps stop");
    assertThat(lines(plan.afterWrite())).containsExactly("rc-service net.br0 start");
  }

  @Test
  void aDeviceJoiningTheRunlevelIsStartedAndNoRcUpdateRuns() {
    var link =
        new FileChange(
            OutputPath.of("etc/runlevels/default/net.tap0"),
            Optional.empty(),
            Optional.of(
                new RenderedFile.Symlink(
                    OutputPath.of("etc/runlevels/default/net.tap0"), "/etc/init.d/net.tap0")));
    var leaving =
        new FileChange(
            OutputPath.of("etc/runlevels/default/net.wlan0"),
            Optional.of(
                new RenderedFile.Symlink(
                    OutputPath.of("etc/runlevels/default/net.wlan0"), "/etc/init.d/net.wlan0")),
            Optional.empty());

    var plan = planner.plan(new Transition(List.of(link, leaving)));

    assertThat(plan.beforeWrite()).isEmpty();
    assertThat(lines(plan.afterWrite())).containsExactly("rc-service net.tap0 start");
  }

  @Test
  void anAdoptedFileWithoutNetgensBlocksIsReadByItsVariables() {
    String theirs =
        """
        config_eth0="dhcp"
        config_br0="10.0.0.1/24"
        bridge_br0="eth0"
        rc_net_br0_need="net.eth0"
        """;
    var plan = planner.plan(atBoot(conf(theirs, conf("nat")), "br0", "wlan0"));

    assertThat(lines(plan.beforeWrite()))
        .containsExactly("rc-service net.br0 --nodeps stop", "rc-service net.eth0 --nodeps stop");
    assertThat(lines(plan.afterWrite()))
        .containsExactly(
            "rc-service net.tap0 start", "rc-service net.br0 start", "rc-service net.wlan0 start");
  }

  @Test
  void everyFixtureParsesIntoTheDevicesItsModelHas() {
    var mac = NetifrcConf.parse(conf("mac_nat"));

    assertThat(mac.devices().keySet()).containsExactlyInAnyOrder("wlan0", "tap0", "br0");
    assertThat(mac.device("br0").needs()).containsExactly("wlan0", "tap0");
    assertThat(mac.device("wlan0").lines())
        .contains("preup: iw dev wlan0 set 4addr on || return 1");
    assertThat(mac.device("br0").lines())
        .contains("predown: /etc/netgen/ebtables.sh stop br0", "bridge_br0=\"wlan0 tap0\"");
  }

  // ---------------------------------------------------------------- helpers

  private static String withBr1(String nat) {
    int hooks = nat.indexOf("\n# Once the bridge is up");
    return nat.substring(0, hooks) + BR1 + nat.substring(hooks);
  }

  private static String conf(String fixture) {
    try {
      return Files.readString(
          FIXTURES.resolve(fixture).resolve("expected/gentoo").resolve(GentooStepPlanner.CONF));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The fixture's rendered tree onto an empty host: conf.d/net and every link are new. */
  private static Transition fresh(String fixture) {
    var changes = new ArrayList<FileChange>();
    changes.add(conf("", conf(fixture)).changes().get(0));
    Path tree = FIXTURES.resolve(fixture).resolve("expected/gentoo");
    for (String folder : List.of("etc/init.d", "etc/runlevels/default")) {
      try (var links = Files.list(tree.resolve(folder))) {
        links
            .sorted()
            .forEach(
                l -> {
                  var path = OutputPath.of(tree.relativize(l).toString());
                  changes.add(
                      new FileChange(
                          path,
                          Optional.empty(),
                          Optional.of(new RenderedFile.Symlink(path, "x"))));
                });
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new Transition(changes);
  }

  private static Transition conf(String before, String after) {
    var path = OutputPath.of(GentooStepPlanner.CONF);
    return new Transition(List.of(new FileChange(path, file(path, before), file(path, after))));
  }

  /** The transition, and the write adds these devices' default-runlevel links. */
  private static Transition atBoot(Transition transition, String... devices) {
    var changes = new ArrayList<>(transition.changes());
    for (String device : devices) {
      var path = OutputPath.of("etc/runlevels/default/net." + device);
      var link = new RenderedFile.Symlink(path, "/etc/init.d/net." + device);
      changes.add(new FileChange(path, Optional.empty(), Optional.of(link)));
    }
    return new Transition(changes);
  }

  private static Optional<RenderedFile> file(OutputPath path, String text) {
    return text.isEmpty()
        ? Optional.empty()
        : Optional.of(new RenderedFile.Regular(path, text.getBytes(StandardCharsets.UTF_8), 0644));
  }

  private static List<String> lines(List<Step> steps) {
    return steps.stream().map(Step::commandLine).toList();
  }
}
