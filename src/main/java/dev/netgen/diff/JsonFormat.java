package dev.netgen.diff;

import dev.netgen.text.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * {@code --format json}: an array with one object per path, same ones included, in path order:
 * {@code {"path": "/etc/conf.d/net", "status": "changed", "diff": "--- ..."}}, diff null when the
 * status is same. One object a line, so a golden or a log reads like a list.
 */
public final class JsonFormat implements DiffFormat {
  @Override
  public void print(Comparison comparison, PrintWriter out) {
    try (var json = Json.lines(out)) {
      json.writeStartArray();
      for (var entry : comparison.entries()) {
        json.writeStartObject();
        json.writeStringField("path", entry.path().absolute());
        json.writeStringField("status", entry.status().word());
        json.writeStringField("diff", entry.text());
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a PrintWriter never throws; this is unreachable
    }
    out.println();
    out.flush();
  }
}
