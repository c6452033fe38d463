package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.Severity;
import dev.netgen.model.Position;
import dev.netgen.testing.CliRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintCommandTest {
  static final String BAD = "fixtures/rules/mac-unique/bad-two-guests.yaml";
  static final String WARNINGS_ONLY = "fixtures/rules/unused-tap/bad.yaml";
  static final String CLEAN = "fixtures/rules/mac-unique/good.yaml";

  @Test
  void cleanModelPrintsNothingAndExitsZero() {
    var run = CliRun.run("lint", CLEAN);
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void errorsExitOneAndEndWithASummary() {
    var run = CliRun.run("lint", BAD);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "error[mac-unique]: MAC 52:54:00:aa:bb:01 of bridge 'br0' is also used by tap 'tap0' (line 5)")
        .endsWith("\n2 errors\n");
  }

  @Test
  void warningsAloneExitZeroUnlessFailOnWarning() {
    assertThat(CliRun.run("lint", WARNINGS_ONLY).exit()).isZero();
    assertThat(CliRun.run("lint", WARNINGS_ONLY, "--fail-on", "warning").exit()).isEqualTo(1);
  }

  @Test
  void disableFlagSilencesTheRule() {
    var run = CliRun.run("lint", WARNINGS_ONLY, "--disable", "unused-tap", "--fail-on", "warning");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void targetChoosesTheToolsARuleSpeaksOf() {
    String stp = "fixtures/rules/stp-delay-fits-dhcp/bad.yaml"; // no host.distro
    assertThat(CliRun.run("lint", stp).out())
        .contains("warning[stp-delay-fits-dhcp]", "as netifrc and ifupdown run it");
    assertThat(CliRun.run("lint", stp, "--target", "gentoo").out())
        .contains("netifrc's udhcpc", "net.br0 waits for them (carrier_timeout)")
        .doesNotContain("ifupdown");
    assertThat(CliRun.run("lint", stp, "--target", "debian").out())
        .contains("ifupdown's udhcpc", "ifup waits for them (bridge_maxwait)")
        .doesNotContain("netifrc");
    // --target wins over host.distro
    assertThat(
            CliRun.run(
                    "lint",
                    "fixtures/rules/stp-delay-fits-dhcp/bad-debian.yaml",
                    "--target",
                    "gentoo")
                .out())
        .contains("netifrc's udhcpc");
  }

  @Test
  void netifrcNamesDoNotCollideForDebian() {
    String collision = "fixtures/rules/netifrc-name-collision/bad.yaml";
    assertThat(CliRun.run("lint", collision).exit()).isEqualTo(1);
    assertThat(CliRun.run("lint", collision, "--target", "gentoo").exit()).isEqualTo(1);
    var debian = CliRun.run("lint", collision, "--target", "debian");
    assertThat(debian.exit()).as(debian.toString()).isZero();
    assertThat(debian.out()).doesNotContain("netifrc-name-collision");
  }

  @Test
  void unknownTargetIsUsageError() {
    var run = CliRun.run("lint", CLEAN, "--target", "arch");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown target 'arch'", "gentoo", "debian");
  }

  @Test
  void unknownDisableIdIsUsageErrorWithSuggestion() {
    var run = CliRun.run("lint", CLEAN, "--disable", "mac-uniqe");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "netgen: unknown rule 'mac-uniqe'; did you mean 'mac-unique'? (`netgen rules` lists them)\n");
  }

  @Test
  void loaderFailureStaysExitTwo() {
    var run = CliRun.withStdin("version: 1\ntaps: [x]\n", "lint", "-", "--format", "json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("<stdin>:2:7: error[load]");
  }

  @Test
  void summaryCountsSingularAndPlural() {
    var e = new Diagnostic(new Position("f", 1, 1), Severity.ERROR, "r", "m", "h");
    var w = new Diagnostic(new Position("f", 1, 1), Severity.WARNING, "r", "m", "h");
    assertThat(TextReport.summary(List.of(e))).isEqualTo("1 error");
    assertThat(TextReport.summary(List.of(w, w))).isEqualTo("2 warnings");
    assertThat(TextReport.summary(List.of(e, e, w))).isEqualTo("2 errors, 1 warning");
    assertThat(TextReport.summary(List.of(e, w, w))).isEqualTo("1 error, 2 warnings");
  }

  @Test
  void jsonHasTheDocumentedShape() throws Exception {
    var run = CliRun.run("lint", BAD, "--format", "json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("model").asText()).isEqualTo(BAD);
    assertThat(json.get("summary").get("errors").asInt()).isEqualTo(2);
    assertThat(json.get("summary").get("warnings").asInt()).isZero();
    JsonNode first = json.get("diagnostics").get(0);
    assertThat(first.get("file").asText()).isEqualTo(BAD);
    assertThat(first.get("line").asInt()).isEqualTo(11);
    assertThat(first.get("column").asInt()).isEqualTo(10);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("rule").asText()).isEqualTo("mac-unique");
    assertThat(first.get("message").asText()).startsWith("MAC 52:54:00:aa:bb:01");
    assertThat(first.get("hint").asText()).isNotEmpty();
  }

  @Test
  void jsonOfACleanModelHasNoDiagnostics() throws Exception {
    var run = CliRun.run("lint", CLEAN, "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("diagnostics")).isEmpty();
    assertThat(json.get("summary").get("errors").asInt()).isZero();
  }

  @Test
  void jsonEscapesWhatTheModelWrote() throws Exception {
    var run =
        CliRun.withStdin(
            "version: 1\nlint:\n  disable: [no-such-rule]\n", "lint", "-", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("model").asText()).isEqualTo("<stdin>");
    assertThat(json.get("diagnostics").get(0).get("message").asText())
        .isEqualTo("lint.disable names an unknown rule 'no-such-rule'");
  }

  @Test
  void theCommandLineMaySwitchOffASafetyRuleAndSaysSoOnStderr() {
    String lo = "version: 1\ninterfaces:\n  lo:\n    address: dhcp\n";
    var kept = CliRun.withStdin(lo, "lint", "-");
    var off =
        CliRun.withStdin(lo, "lint", "-", "--disable", "name-valid", "--disable", "unused-tap");

    assertThat(kept.exit()).isEqualTo(1);
    assertThat(kept.out()).contains("error[name-valid]: interface name 'lo' is reserved");
    assertThat(off.exit()).as(off.toString()).isZero();
    assertThat(off.out()).isEmpty();
    assertThat(off.err())
        .isEqualTo(
            "netgen: --disable name-valid: not checking name-valid, a safety rule: the generated"
                + " files may not mean to their tools what the model says\n"
                + "netgen: --disable unused-tap: not checking unused-tap, an advice rule\n");
  }
}
