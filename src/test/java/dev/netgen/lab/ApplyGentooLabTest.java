package dev.netgen.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gentoo apply lab (lab/apply-gentoo.sh): {@code netgen apply} under the real netifrc and
 * OpenRC, from an empty host to the nat fixture, then a changed reservation, an added bridge and
 * that bridge removed again. After each apply {@code netgen check} passes, and only what the change
 * needs was touched: a device that was not restarted keeps its ifindex (a recreated device gets a
 * new one), and the apply ran rc-service for exactly the devices the change is about. Skipped, as
 * the boot lab is, without NETIFRC_SRC (also under CI).
 */
class ApplyGentooLabTest {
  private static final Path NAT = Path.of("fixtures/nat/model.yaml");
  private static final Pattern RC_SERVICE =
      Pattern.compile("rc-service (net\\.\\S+(?: --nodeps)? (?:start|stop))");
  private static final Pattern IFINDEX = Pattern.compile("(?m)^(\\S+) (ifindex=\\d+ master=\\S*)$");

  /** Four applies of a few devices each, every one waiting out netifrc's DAD wait (5 s). */
  private static final Duration TIMEOUT = Duration.ofSeconds(300);

  private static final String BR1 =
      """
        br1:
          ports: [tap1]
          address: 172.16.2.1/24
          nat:
            uplink: wlan0

      guests:""";

  @TempDir Path tmp;

  @Test
  void appliesEachChangeTouchingOnlyWhatItIsAbout() throws IOException {
    BootGentooLabTest.requireNetifrcAndOpenRc();
    var env = env();

    var lab = Lab.run(tmp, "apply-gentoo", env, TIMEOUT);

    lab.check(
        run -> {
          for (int n = 1; n <= 4; n++) {
            assertThat(run.step("apply-" + n).exit()).as("%s", run.step("apply-" + n)).isZero();
            assertThat(run.step("check-" + n).exit()).as("%s", run.step("check-" + n)).isZero();
          }
          fromEmpty(run);
          reservation(run);
          addedBridge(run);
          removedBridge(run);
        });
  }

  /** The empty host: every device started, ports before their bridge, dnsmasq serving. */
  private static void fromEmpty(Lab.Run run) {
    assertThat(rcServices(run.out("apply-1")))
        .containsExactly("net.tap0 start", "net.br0 start", "net.wlan0 start");
    assertThat(run.out("state-1"))
        .contains("tap0 ifindex=", "master=br0")
        .containsPattern("dnsmasq.netgen pid=\\d+");
    assertThat(run.out("nat-rules-1")).contains("-A NETGEN_POST_br0 -s 172.16.1.0/24");
  }

  /**
   * Only dnsmasq: no net.X service is run, every device keeps its ifindex, and the guest on tap0,
   * whose link stays up throughout, gets its new reservation when it asks again.
   */
  private static void reservation(Lab.Run run) {
    assertThat(rcServices(run.out("apply-2"))).isEmpty();
    assertThat(run.out("apply-2")).contains("dnsmasq.netgen");
    assertThat(ifindexes(run.out("state-2"))).isEqualTo(ifindexes(run.out("state-1")));
    assertThat(run.out("lease-1-ip")).as("%s", run.step("lease-1")).isEqualTo("172.16.1.2\n");
    assertThat(run.out("lease-2-ip")).as("%s", run.step("lease-2")).isEqualTo("172.16.1.3\n");
    assertThat(run.out("guest-link")).isEqualTo("tap0 carrier=1\ntapwire running\n");
  }

  /** The new bridge and its tap come up, tap first; br0, tap0 and wlan0 are not touched. */
  private static void addedBridge(Lab.Run run) {
    assertThat(rcServices(run.out("apply-3"))).containsExactly("net.tap1 start", "net.br1 start");
    var before = ifindexes(run.out("state-2"));
    var after = ifindexes(run.out("state-3"));
    assertThat(after).containsAllEntriesOf(before).containsKeys("br1", "tap1");
    assertThat(after.get("tap1")).endsWith(" master=br1");
    assertThat(run.out("nat-rules-3")).contains("-A NETGEN_POST_br1 -s 172.16.2.0/24");
    assertThat(run.out("filter-rules-3")).contains("-A FORWARD -j NETGEN_FWD_br1");
  }

  /** The bridge goes before its tap, both are gone with br1's chains; the rest is untouched. */
  private static void removedBridge(Lab.Run run) {
    assertThat(rcServices(run.out("apply-4")))
        .containsExactly("net.br1 --nodeps stop", "net.tap1 --nodeps stop");
    assertThat(ifindexes(run.out("state-4"))).isEqualTo(ifindexes(run.out("state-2")));
    assertThat(run.out("nat-rules-4")).doesNotContain("_br1").contains("-A NETGEN_POST_br0 ");
    assertThat(run.out("filter-rules-4")).doesNotContain("_br1").contains("-A NETGEN_FWD_br0 ");
  }

  // ---------------------------------------------------------------- set-up

  private Map<String, String> env() throws IOException {
    String nat = Files.readString(NAT);
    String changed = replaced(nat, "ip: 172.16.1.2", "ip: 172.16.1.3");
    String withTap1 =
        replaced(
            changed,
            "    group: kvm\n",
            "    group: kvm\n  tap1:\n    owner: qemu\n    group: kvm\n");
    String withBr1 = replaced(withTap1, "\nguests:", "\n" + BR1);
    var env = new LinkedHashMap<String, String>();
    Files.createDirectories(tmp.resolve("root/etc"));
    env.put("ROOT", tmp.resolve("root").toString());
    env.put("WORK", Files.createDirectories(tmp.resolve("work")).toString());
    env.put("PREFIX", BootGentooLabTest.PREFIX.toString());
    env.put("HOST", "laptop");
    env.put("UPLINK", "wlan0");
    env.put("TAP_OWNERS", "qemu:kvm");
    env.put("DEVICES", "wlan0 tap0 br0 tap1 br1");
    env.put("GUEST_TAP", "tap0");
    env.put("GUEST_MAC", "00:26:c6:21:cf:02");
    env.put("MODEL_A", write("a.yaml", nat));
    env.put("MODEL_B", write("b.yaml", changed));
    env.put("MODEL_C", write("c.yaml", withBr1));
    env.put("NETGEN", netgen());
    return env;
  }

  private static String replaced(String text, String what, String with) {
    assertThat(text).as("the nat fixture still has %s", what).contains(what);
    return text.replaceFirst(Pattern.quote(what), Matcher.quoteReplacement(with));
  }

  private String write(String name, String text) throws IOException {
    return Files.writeString(Files.createDirectories(tmp.resolve("models")).resolve(name), text)
        .toString();
  }

  private static String netgen() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return java + " -cp " + System.getProperty("java.class.path") + " dev.netgen.Main";
  }

  // ---------------------------------------------------------------- reading

  /** The net.X services an apply's output names, in order: "net.br1 --nodeps stop". */
  private static List<String> rcServices(String out) {
    return RC_SERVICE.matcher(out).results().map(m -> m.group(1)).toList();
  }

  /** Each device's "ifindex=N master=BRIDGE": a device that was recreated has a new ifindex. */
  private static Map<String, String> ifindexes(String state) {
    var map = new LinkedHashMap<String, String>();
    IFINDEX.matcher(state).results().forEach(m -> map.put(m.group(1), m.group(2)));
    return map;
  }
}
