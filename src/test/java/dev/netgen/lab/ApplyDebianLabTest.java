package dev.netgen.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.ApplyModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply lab for Debian (lab/apply-debian.sh): netgen apply run for real in a namespace that
 * looks like a Debian host, with the real ifupdown, iptables, sysctl and dnsmasq (systemd stood in
 * for by lab/systemctl). On an empty host the nat fixture comes up and check passes; a changed
 * reservation restarts dnsmasq only (the guest's tap and bridge keep their ifindex and link, and
 * the guest's next request gets the new address); an added bridge comes up with its tap alone; a
 * removed one goes, with its chains. Run alone: {@code mvn test -Dtest='ApplyDebian*'}.
 */
class ApplyDebianLabTest {
  private static final Pattern STEP = Pattern.compile("(?:ok|failed) +(.*?)  # .*");
  private static final String DNSMASQ = "systemctl restart dnsmasq@netgen";

  @TempDir Path tmp;

  @Test
  void appliesOnAnEmptyHostThenTouchesOnlyWhatChanged() throws IOException {
    Path models = Files.createDirectories(tmp.resolve("models"));
    Files.writeString(models.resolve("nat.yaml"), ApplyModels.nat());
    Files.writeString(models.resolve("reserved.yaml"), ApplyModels.reserved());
    Files.writeString(models.resolve("two.yaml"), ApplyModels.two());
    var env = new HashMap<String, String>();
    env.put("WORK", Files.createDirectories(tmp.resolve("work")).toString());
    env.put("MODELS", models.toString());
    env.put("NETGEN", Lab.netgen());

    var run = Lab.run(tmp, "apply-debian", env, Duration.ofMinutes(4));

    run.check(
        lab -> {
          assertThat(lab.out("dry-run"))
              .contains("would run  ifup tap0  # tap0: stanza added\nwould run  ifup br0  #")
              .endsWith("dry run: nothing was written or run\n");
          assertThat(steps(lab.out("apply-empty")))
              .containsExactly(
                  "ifup lo",
                  "ifup wlan0",
                  "ifup tap0",
                  "ifup br0",
                  "sysctl -p /etc/sysctl.d/90-netgen.conf",
                  "/etc/netgen/iptables.sh start br0",
                  DNSMASQ);
          assertThat(lab.out("apply-empty")).contains("check: ").contains(" 0 fail,");
          assertThat(lab.step("check-empty").exit()).as("%s", lab.step("check-empty")).isZero();
          assertThat(lab.out("lease-empty")).contains("ip=172.16.1.2\n");

          assertThat(steps(lab.out("apply-reservation"))).containsExactly(DNSMASQ);
          assertThat(lab.out("apply-reservation")).contains("reservations changed");
          assertThat(lab.out("ifindex-after-reservation"))
              .isEqualTo(lab.out("ifindex-before-reservation"));
          assertThat(lab.step("carrier-after-reservation").exit()).as("guest link kept").isZero();
          assertThat(lab.out("calls-reservation")).isEqualTo("restart dnsmasq@netgen\n");
          assertThat(lab.out("lease-reservation")).contains("ip=172.16.1.3\n");

          assertThat(steps(lab.out("apply-add")))
              .containsExactly(
                  "ifup tap1", "ifup br1", "/etc/netgen/iptables.sh start br1", DNSMASQ);
          assertThat(lab.out("ifindex-after-add"))
              .startsWith(lab.out("ifindex-before-reservation"))
              .contains("tap1=", "br1=")
              .doesNotContain("=none");
          assertThat(lab.step("carrier-after-add").exit()).as("guest link kept").isZero();
          assertThat(lab.step("check-add").exit()).as("%s", lab.step("check-add")).isZero();
          assertThat(lab.out("nat-rules-add")).contains("-A POSTROUTING -j NETGEN_POST_br1");

          assertThat(steps(lab.out("apply-remove")))
              .containsExactly(
                  "ifdown br1", "ifdown tap1", "/etc/netgen/iptables.sh stop br1", DNSMASQ);
          assertThat(lab.out("ifindex-after-remove"))
              .isEqualTo(lab.out("ifindex-before-reservation") + "tap1=none\nbr1=none\n");
          assertThat(lab.step("check-remove").exit()).as("%s", lab.step("check-remove")).isZero();
          assertThat(lab.out("nat-rules-remove") + lab.out("filter-rules-remove"))
              .contains("NETGEN_POST_br0", "NETGEN_FWD_br0")
              .doesNotContain("br1");
        });
  }

  /** The commands of the step lines apply printed, in order. */
  private static List<String> steps(String out) {
    return out.lines()
        .map(STEP::matcher)
        .filter(java.util.regex.Matcher::matches)
        .map(m -> m.group(1))
        .toList();
  }
}
