package dev.netgen.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.Severity;
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

  static void write(String model, List<Diagnostic> diagnostics, Writer out) throws IOException {
    try (JsonGenerator json = generator(out)) {
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeStringField("model", model);
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

  /** Two-space indentation and "key": value, as people write JSON by hand. */
  static JsonGenerator generator(Writer out) throws IOException {
    var indent = new DefaultIndenter("  ", "\n");
    var printer =
        new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indent)
            .withArrayIndenter(indent);
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(printer);
    return json;
  }
}
