package dev.netgen.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The confirm-or-rollback lab (lab/apply-rollback.sh): netgen apply --confirm-within for real in a
 * namespace that looks like a Debian host. A change that cuts the host's way to the admin is rolled
 * back when nobody confirms, also after the session that started it was hung up; the previous
 * files, manifest and running state come back and check passes for the old model. A confirmation
 * from another session, or a probe that answers, keeps a change; a second apply meanwhile is
 * refused. Run alone: {@code mvn test -Dtest='ApplyRollback*'}.
 */
class ApplyRollbackLabTest {
  /** Short, for a quick lab, but long enough for a JVM and a ping on a loaded machine. */
  private static final String WINDOW = "8s";

  @TempDir Path tmp;

  @Test
  void aCutManagementPathIsRolledBackAndAConfirmationKeepsAChange() throws IOException {
    Path models = Files.createDirectories(tmp.resolve("models"));
    String nat =
        Files.readString(Path.of("fixtures/nat/model.yaml"))
            .replace("distro: gentoo", "distro: debian");
    Files.writeString(models.resolve("nat.yaml"), nat);
    Files.writeString(models.resolve("moved.yaml"), nat.replace("172.16.1.", "172.16.9."));
    Files.writeString(
        models.resolve("reserved.yaml"), nat.replace("ip: 172.16.1.2", "ip: 172.16.1.3"));
    var env = new HashMap<String, String>();
    env.put("WORK", Files.createDirectories(tmp.resolve("work")).toString());
    env.put("MODELS", models.toString());
    env.put("NETGEN", Lab.netgen());
    env.put("WINDOW", WINDOW);

    var run = Lab.run(tmp, "apply-rollback", env, Duration.ofMinutes(6));

    run.check(
        lab -> {
          assertThat(lab.step("cut").exit()).as("%s", lab.step("cut")).isEqualTo(1);
          assertThat(lab.out("cut"))
              .contains("waiting until ", "or every probe answering (172.16.1.2)")
              .contains("check: 28 pass, 0 fail")
              .contains(
                  "no confirmation within 8 s\n"
                      + "rolling back (no confirmation within 8 s): putting the previous files back\n"
                      + "ok         ifdown br0  # br0: stanza changed\n")
              .containsPattern(
                  "(?s)putting the previous files back\n.*updated /etc/network/interfaces\n"
                      + ".*ok         ifup br0  # .*ok         systemctl restart dnsmasq@netgen")
              .endsWith("apply: rolled back: no confirmation within 8 s; rolled back\n");
          assertThat(lab.out("cut-state"))
              .startsWith("root 700\n")
              .contains("\"status\": \"rolled_back\"", "\"probes\": [\n    \"172.16.1.2\"\n  ],");
          assertThat(lab.step("cut-files").exit()).as("%s", lab.step("cut-files")).isZero();
          assertThat(lab.step("cut-check").exit()).as("%s", lab.step("cut-check")).isZero();
          assertThat(lab.step("cut-admin").exit()).as("%s", lab.step("cut-admin")).isZero();

          var sessions =
              java.util.regex.Pattern.compile(
                      "started in session (\\d+): \\d+ processes left\nwatcher \\d+ in session (\\d+)\n")
                  .matcher(lab.out("hangup-sessions"));
          assertThat(sessions.find()).as("%s", lab.step("hangup-sessions")).isTrue();
          assertThat(sessions.group(2))
              .as("the watcher's own session")
              .isNotEqualTo(sessions.group(1));
          assertThat(lab.out("hangup-state")).contains("\"status\": \"rolled_back\"");
          assertThat(lab.step("hangup-files").exit()).as("%s", lab.step("hangup-files")).isZero();
          assertThat(lab.step("hangup-check").exit()).as("%s", lab.step("hangup-check")).isZero();
          assertThat(lab.step("hangup-admin").exit()).as("%s", lab.step("hangup-admin")).isZero();
          assertThat(lab.out("hangup-foreground"))
              .as("the foreground died with its session, before the verdict")
              .contains("apply: the previous files are kept")
              .doesNotContain("apply: rolled back");
          assertThat(lab.out("hangup-log")).contains("rolled back");

          assertThat(lab.step("second-apply").exit())
              .as("%s", lab.step("second-apply"))
              .isEqualTo(2);
          assertThat(lab.out("second-apply"))
              .contains("is waiting for a confirmation until ")
              .contains("run `netgen confirm` to keep it");
          assertThat(lab.step("confirm").exit()).as("%s", lab.step("confirm")).isZero();
          assertThat(lab.out("confirm-foreground")).endsWith("apply: kept: confirmed\nexit 0\n");
          assertThat(lab.step("confirm-check").exit()).as("%s", lab.step("confirm-check")).isZero();
          assertThat(lab.step("confirm-again").exit()).isEqualTo(2);
          assertThat(lab.out("confirm-again")).contains("nothing to confirm");

          assertThat(lab.step("probes").exit()).as("%s", lab.step("probes")).isZero();
          assertThat(lab.out("probes")).endsWith("apply: kept: every probe answered\n");
        });
  }
}
