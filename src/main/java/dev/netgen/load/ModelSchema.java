package dev.netgen.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of the model, written from the key tables ({@link Keys}) and the
 * grammars ({@link Grammars}) the loader reads by: a tree of maps, lists, strings, numbers and
 * booleans, in the order it is printed.
 */
public final class ModelSchema {
  private ModelSchema() {}

  /** The whole schema, as `netgen schema` prints it. */
  public static Map<String, Object> document() {
    var document =
        object(
            "$schema",
            "https://json-schema.org/draft/2020-12/schema",
            "$id",
            "urn:netgen:model:" + Keys.VERSION,
            "title",
            "netgen model, version " + Keys.VERSION,
            "description",
            "One YAML model of a VM host's network. Every map keyed by name keeps its order. Scalars are read as"
                + " written (YAML 1.2 core): booleans are true/false only.",
            "type",
            "object",
            "additionalProperties",
            false);
    document.put("required", required(Keys.MODEL));
    document.put("properties", properties(Keys.MODEL));
    document.put("$defs", Grammars.definitions());
    return document;
  }

  /** A map of the model: only its table's keys, the required ones required. */
  static Map<String, Object> of(Table<?> table) {
    var schema =
        object("type", "object", "additionalProperties", false, "properties", properties(table));
    var required = required(table);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    if (!table.oneOf().isEmpty()) {
      schema.put("oneOf", table.oneOf().stream().map(k -> object("required", List.of(k))).toList());
    }
    return schema;
  }

  private static Map<String, Object> properties(Table<?> table) {
    var properties = new LinkedHashMap<String, Object>();
    for (Key<?> key : table.keys()) {
      properties.put(key.name(), key.kind().schema(key.description(), key.byDefault()));
    }
    return properties;
  }

  private static List<String> required(Table<?> table) {
    var required = new ArrayList<String>();
    table.keys().stream().filter(Key::required).forEach(key -> required.add(key.name()));
    return required;
  }

  /** An ordered JSON object from alternating names and values. */
  static Map<String, Object> object(Object... namesAndValues) {
    var object = new LinkedHashMap<String, Object>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }
}
