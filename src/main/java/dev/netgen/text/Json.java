package dev.netgen.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * netgen's one JSON set-up, for every report a machine reads (lint --format json and sarif, diff
 * --format json): one factory that leaves the caller's writer open, "key": value, two-space
 * indents and LF line ends, non-ASCII written as UTF-8 text rather than \\u escapes. Two layouts,
 * named for their shape; the caller ends the report with a newline.
 */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final Separators SEPARATORS =
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
  private static final DefaultIndenter TWO_SPACES = new DefaultIndenter("  ", "\n");

  private Json() {}

  /** A document indented two spaces a level, as people write JSON by hand. */
  public static JsonGenerator document(Writer out) throws IOException {
    var json = FACTORY.createGenerator(out);
    json.setPrettyPrinter(new DefaultPrettyPrinter(SEPARATORS).withObjectIndenter(TWO_SPACES).withArrayIndenter(TWO_SPACES));
    return json;
  }

  /**
   * An array with one object a line ({@code [} and {@code ]} on lines of their own), so a golden
   * or a log reads like a list.
   */
  public static JsonGenerator lines(Writer out) throws IOException {
    var json = FACTORY.createGenerator(out);
    json.setPrettyPrinter(
        new DefaultPrettyPrinter(SEPARATORS)
            .withObjectIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter())
            .withArrayIndenter(TWO_SPACES));
    return json;
  }
}
