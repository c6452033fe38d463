package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netgen.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** netgen lint with several models: per-model findings, fleet findings, and the exit codes. */
class FleetLintTest {
  static final String BAD = "fixtures/rules/fleet-mac-unique/bad.yaml";
  static final String BAD_OTHER = "fixtures/rules/fleet-mac-unique/bad.other.yaml";
  static final String GOOD = "fixtures/rules/fleet-mac-unique/good.yaml";
  static final String GOOD_OTHER = "fixtures/rules/fleet-mac-unique/good.other.yaml";

  @Test
  void hostsThatClashOnOneLanExit1AndEachAloneIsClean() {
    assertThat(CliRun.run("lint", BAD).exit()).isZero();
    assertThat(CliRun.run("lint", BAD_OTHER).exit()).isZero();
    var both = CliRun.run("lint", BAD, BAD_OTHER);
    assertThat(both.exit()).isEqualTo(1);
    assertThat(both.out())
        .startsWith(BAD_OTHER + ":20:14: error[fleet-mac-unique]: ")
        .contains("  also: " + BAD + ":20:14\n")
        .endsWith("1 error\n");
  }

  @Test
  void hostsOnDifferentLansDoNotClash(@TempDir Path dir) throws Exception {
    Path elsewhere = dir.resolve("elsewhere.yaml");
    Files.writeString(
        elsewhere, Files.readString(Path.of(BAD_OTHER)).replace("192.168.1.0/24", "10.0.0.0/24"));
    var run = CliRun.run("lint", BAD, elsewhere.toString());
    assertThat(run.exit()).as("%s", run).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aModelThatDisablesTheRuleTakesNoPartInIt() {
    var run = CliRun.run("lint", BAD, BAD_OTHER, "--disable", "fleet-mac-unique");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aModelThatCannotBeLoadedExits2AndTheOthersAreStillLinted(@TempDir Path dir)
      throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "version: 1\nbridges: [\n");
    var run = CliRun.run("lint", broken.toString(), "fixtures/rules/mac-unique/bad.yaml");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(broken.toString());
    assertThat(run.out()).contains("error[mac-unique]");
  }

  @Test
  void warningsAcrossModelsCountTowardsFailOnWarning() {
    var run = CliRun.run("lint", "fixtures/bridged/model.yaml", GOOD_OTHER, "--fail-on", "warning");
    assertThat(run.exit()).as("%s", run).isEqualTo(1);
    assertThat(CliRun.run("lint", "fixtures/bridged/model.yaml", GOOD_OTHER).exit()).isZero();
  }

  @Test
  void theSameModelTwiceIsBadUsage() {
    var run = CliRun.run("lint", GOOD, GOOD);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("a model is named twice");
  }

  @Test
  void jsonListsTheModelsAndTheRelatedPlace() throws Exception {
    var run = CliRun.run("lint", BAD, BAD_OTHER, GOOD_OTHER, "--format", "json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("model").asText()).isEqualTo(BAD);
    assertThat(json.get("models")).hasSize(3);
    JsonNode related = json.get("diagnostics").get(0).get("related").get(0);
    assertThat(related.get("file").asText()).isEqualTo(BAD);
    assertThat(related.get("line").asInt()).isEqualTo(20);
  }
}
