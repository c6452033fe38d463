package dev.netgen.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * netgen's one JSON set-up, for every report a machine reads (lint --format json and sarif, diff
 * --format json): one factory that leaves the caller's writer open, "key": value, two-space indents
 * and LF line ends, non-ASCII written as UTF-8 text rather than \\u escapes. Two layouts, named for
 * their shape; the caller ends the report with a newline. {@link #read} reads the JSON other tools
 * print (iproute2's {@code ip -j}) into plain maps and lists.
 */
public final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final Separators SEPARATORS =
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
  private static final DefaultIndenter TWO_SPACES = new DefaultIndenter("  ", "\n");

  private Json() {}

  /** A document indented two spaces a level, as people write JSON by hand. */
  public static JsonGenerator document(Writer out) throws IOException {
    var json = FACTORY.createGenerator(out);
    json.setPrettyPrinter(
        new DefaultPrettyPrinter(SEPARATORS)
            .withObjectIndenter(TWO_SPACES)
            .withArrayIndenter(TWO_SPACES));
    return json;
  }

  /**
   * An array with one object a line ({@code [} and {@code ]} on lines of their own), so a golden or
   * a log reads like a list.
   */
  public static JsonGenerator lines(Writer out) throws IOException {
    var json = FACTORY.createGenerator(out);
    json.setPrettyPrinter(
        new DefaultPrettyPrinter(SEPARATORS)
            .withObjectIndenter(new DefaultPrettyPrinter.FixedSpaceIndenter())
            .withArrayIndenter(TWO_SPACES));
    return json;
  }

  /**
   * A JSON text as plain values: a {@code Map<String, Object>} in document order, a {@code
   * List<Object>}, a String, a Long or Double, a Boolean or null. For the short listings of other
   * tools, read once; no data binding (start-up, docs/architecture.md).
   */
  public static Object read(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      parser.nextToken();
      Object value = value(parser);
      if (parser.nextToken() != null) {
        throw new IOException(
            "text after the JSON value at " + parser.currentLocation().getCharOffset());
      }
      return value;
    }
  }

  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new IOException("no JSON value");
    }
    return switch (token) {
      case START_OBJECT -> {
        var map = new LinkedHashMap<String, Object>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          map.put(name, value(parser));
        }
        yield map;
      }
      case START_ARRAY -> {
        var list = new ArrayList<Object>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(parser));
        }
        yield list;
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> parser.getLongValue();
      case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw new IOException("unexpected " + token + " in JSON");
    };
  }

  /** The object's value at key as a map, or an empty one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value, String key) {
    return value instanceof Map<?, ?> map && map.get(key) instanceof Map<?, ?> inner
        ? (Map<String, Object>) inner
        : Map.of();
  }

  /** The object's value at key as a list, or an empty one. */
  @SuppressWarnings("unchecked")
  public static List<Object> array(Object value, String key) {
    return value instanceof Map<?, ?> map && map.get(key) instanceof List<?> inner
        ? (List<Object>) inner
        : List.of();
  }
}
