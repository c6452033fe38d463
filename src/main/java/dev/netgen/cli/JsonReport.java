package dev.netgen.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.Severity;
import dev.netgen.model.Position;
import dev.netgen.text.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * lint --format json, version 1 (docs/lint.md): {version, model, diagnostics[], summary}. Fields
 * are only ever added; a consumer may ignore those it does not know.
 */
final class JsonReport {
  static final int VERSION = 1;

  private JsonReport() {}

  /**
   * models are the model arguments as given: "model" is the first, and with several "models" lists
   * them all; a finding about two places has "related", the other places.
   */
  static void write(List<String> models, List<Diagnostic> diagnostics, Writer out)
      throws IOException {
    try (JsonGenerator json = Json.document(out)) {
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeStringField("model", models.get(0));
      if (models.size() > 1) {
        json.writeArrayFieldStart("models");
        for (String model : models) {
          json.writeString(model);
        }
        json.writeEndArray();
      }
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        json.writeStartObject();
        json.writeStringField("file", d.at().file());
        json.writeNumberField("line", d.at().line());
        json.writeNumberField("column", d.at().column());
        json.writeStringField("severity", d.severity().id());
        json.writeStringField("rule", d.code());
        json.writeStringField("message", d.message());
        json.writeStringField("hint", d.hint());
        if (!d.related().isEmpty()) {
          json.writeArrayFieldStart("related");
          for (Position at : d.related()) {
            json.writeStartObject();
            json.writeStringField("file", at.file());
            json.writeNumberField("line", at.line());
            json.writeNumberField("column", at.column());
            json.writeEndObject();
          }
          json.writeEndArray();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("errors", TextReport.count(diagnostics, Severity.ERROR));
      json.writeNumberField("warnings", TextReport.count(diagnostics, Severity.WARNING));
      json.writeEndObject();
      json.writeEndObject();
    }
    out.write('\n');
  }
}
