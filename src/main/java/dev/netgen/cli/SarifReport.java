package dev.netgen.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.Severity;
import dev.netgen.lint.Rule;
import dev.netgen.lint.RulesDoc;
import dev.netgen.model.Position;
import dev.netgen.text.Json;
import dev.netgen.text.Text;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * lint --format sarif: one SARIF 2.1.0 run for code-scanning services. tool.driver.rules lists
 * every rule, so a result's ruleIndex points into it and viewers show the rule's help. No
 * informationUri: it is optional, and netgen has no public home page to point it at yet.
 */
final class SarifReport {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private SarifReport() {}

  static void write(List<Rule> rules, List<Diagnostic> diagnostics, Writer out) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    try (JsonGenerator json = Json.document(out)) {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      driver(rules, json);
      json.writeArrayFieldStart("results");
      for (Diagnostic d : diagnostics) {
        result(d, index, json);
      }
      json.writeEndArray();
      json.writeStringField("columnKind", "unicodeCodePoints");
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void driver(List<Rule> rules, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "netgen");
    json.writeStringField("version", Version.text());
    json.writeArrayFieldStart("rules");
    for (Rule rule : rules) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      text(json, "shortDescription", rule.summary());
      text(json, "fullDescription", RulesDoc.unwrap(rule.explanation().why()));
      text(json, "help", RulesDoc.explain(rule));
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.severity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void result(Diagnostic d, Map<String, Integer> index, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", d.code());
    Integer ruleIndex = index.get(d.code());
    if (ruleIndex != null) {
      json.writeNumberField("ruleIndex", ruleIndex);
    }
    json.writeStringField("level", level(d.severity()));
    String hint = d.hint() == null || d.hint().isEmpty() ? "" : "\nhint: " + d.hint();
    text(json, "message", d.message() + hint);
    json.writeArrayFieldStart("locations");
    location(d.at(), json);
    json.writeEndArray();
    if (!d.related().isEmpty()) {
      json.writeArrayFieldStart("relatedLocations");
      for (Position at : d.related()) {
        location(at, json);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void location(Position at, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", Text.forUriReference(at.file()));
    json.writeEndObject();
    if (at.known()) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", at.line());
      json.writeNumberField("startColumn", at.column());
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }
}
