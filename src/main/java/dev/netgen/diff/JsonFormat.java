package dev.netgen.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * {@code --format json}: an array with one object per path, same ones included, in path order:
 * {@code {"path": "/etc/conf.d/net", "status": "changed", "diff": "--- ..."}}, diff null when the
 * status is same. One object a line, so a golden or a log reads like a list.
 */
public final class JsonFormat implements DiffFormat {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  @Override
  public void print(Comparison comparison, PrintWriter out) {
    try (var json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(layout());
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

  /** {@code [} and {@code ]} on lines of their own, each object on one line, "key": value. */
  private static DefaultPrettyPrinter layout() {
    var separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter())
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }
}
