package dev.netgen.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.load.ModelSchema;
import dev.netgen.text.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * `netgen schema`: the JSON Schema of the model, for editors, written from the loader's key tables.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the model, for editors and generators.",
    footerHeading = "%nExample:%n",
    footer = {
      "  netgen schema > netgen.schema.json   # then: # yaml-language-server: $schema=netgen.schema.json"
    })
public final class SchemaCommand implements Callable<Integer> {
  private final Io io;

  public SchemaCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    try (JsonGenerator json = Json.document(io.out())) {
      write(json, ModelSchema.document());
    } catch (IOException e) {
      throw new NetgenException(ExitCode.FAILURE, "cannot write the schema: " + e.getMessage(), e);
    }
    io.out().println();
    io.out().flush();
    return ExitCode.OK;
  }

  /** The schema tree holds maps, lists, strings, integers, decimals and booleans only. */
  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (var entry : map.entrySet()) {
        json.writeFieldName((String) entry.getKey());
        write(json, entry.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        write(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      json.writeNumber(number);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }
}
