package dev.netgen.load;

import static dev.netgen.load.ModelSchema.object;

import dev.netgen.diag.Suggest;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Ipv6;
import dev.netgen.model.Located;
import dev.netgen.model.Range;
import dev.netgen.model.Range6;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The grammar of a key's value: how the loader reads it into what the record holds, and the JSON
 * Schema that says the same to an editor. The kinds are the shapes a model value takes: a scalar, a
 * list of scalars, a map (by its own table), maps kept by name, a list of maps.
 */
sealed interface Kind<T>
    permits Kind.Scalar,
        Kind.Bool,
        Kind.Choice,
        Kind.Version,
        Kind.RangeOf,
        Kind.Range6Of,
        Kind.ListOf,
        Kind.MapOf,
        Kind.Named,
        Kind.ListOfMaps {

  /** Reads the value; what names it in messages, owner names the map that holds its key. */
  T read(ModelReader reader, Node node, String what, String owner);

  /** The value when its key is absent. */
  T absent();

  /** The value's JSON Schema. */
  Map<String, Object> schema();

  /** The JSON Schema under a key, with what the key's table says of it. */
  default Map<String, Object> schema(String description, Object byDefault) {
    var schema = schema();
    if (byDefault != null) {
      schema.put("default", byDefault);
    }
    if (description != null) {
      schema.put("description", description);
    }
    return schema;
  }

  /** The table of the maps this value is or holds, for walking every key of the model. */
  default Optional<Table<?>> table() {
    return Optional.empty();
  }

  /** Reports a required key that is absent from the map named owner. */
  default void missing(NodeReader in, Node map, String owner, String key) {
    in.error(map, owner + " needs '" + key + "'", "add `" + key + ":` to " + owner);
  }

  /**
   * A scalar read by its value type's parser. A grammar that several keys share has a name, and the
   * schema refers to it under $defs by that name.
   */
  record Scalar<V>(
      String def, NodeReader.Grammar<V> parser, Supplier<Map<String, Object>> definition)
      implements Kind<Optional<Located<V>>> {
    @Override
    public Optional<Located<V>> read(ModelReader reader, Node node, String what, String owner) {
      return reader.in().value(node, what, parser);
    }

    @Override
    public Optional<Located<V>> absent() {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> schema() {
      return def == null ? definition.get() : object("$ref", "#/$defs/" + def);
    }
  }

  /** true or false, written plainly. */
  record Bool() implements Kind<Optional<Located<Boolean>>> {
    @Override
    public Optional<Located<Boolean>> read(
        ModelReader reader, Node node, String what, String owner) {
      return reader.in().bool(node, what);
    }

    @Override
    public Optional<Located<Boolean>> absent() {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> schema() {
      return object("type", "boolean");
    }
  }

  /** One of an enum's constants, written in lower case. */
  record Choice<E extends Enum<E>>(List<E> values) implements Kind<Optional<Located<E>>> {
    @Override
    public Optional<Located<E>> read(ModelReader reader, Node node, String what, String owner) {
      return reader.in().value(node, what, text -> choose(text, what));
    }

    private E choose(String text, String what) throws InvalidValueException {
      for (E value : values) {
        if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
          return value;
        }
      }
      var names = names();
      throw new InvalidValueException(
          "unknown " + what + " " + Text.forMessage(text),
          Suggest.closest(text, names).map(s -> "did you mean '" + s + "'? ").orElse("")
              + "choose one of: "
              + String.join(", ", names));
    }

    private List<String> names() {
      return values.stream().map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public Optional<Located<E>> absent() {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> schema() {
      return object("enum", names());
    }
  }

  /** The model's `version`: the only one this netgen reads. */
  record Version(String supported) implements Kind<Optional<Located<String>>> {
    @Override
    public Optional<Located<String>> read(
        ModelReader reader, Node node, String what, String owner) {
      var text = reader.in().text(node, what);
      text.filter(v -> !v.value().equals(supported))
          .ifPresent(
              v ->
                  reader
                      .in()
                      .error(
                          node,
                          "unsupported model version " + Text.forMessage(v.value()),
                          "this netgen reads version "
                              + supported
                              + "; write `version: "
                              + supported
                              + "`"));
      return text;
    }

    @Override
    public Optional<Located<String>> absent() {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> schema() {
      return object("const", Integer.valueOf(supported));
    }

    @Override
    public void missing(NodeReader in, Node map, String owner, String key) {
      in.error(
          map,
          owner + " has no '" + key + "'",
          "add `" + key + ": " + supported + "` as the first line");
    }
  }

  /** [first, last]: two addresses, inclusive. */
  record RangeOf() implements Kind<Optional<Range>> {
    static final String DEF = "range";

    @Override
    public Optional<Range> read(ModelReader reader, Node node, String what, String owner) {
      var in = reader.in();
      return in.list(node, what)
          .flatMap(
              items -> {
                if (items.size() != 2) {
                  in.error(
                      node,
                      what + " needs exactly two addresses, got " + items.size(),
                      "write [first, last], e.g. [172.16.1.2, 172.16.1.100]");
                  return Optional.empty();
                }
                var start = in.value(items.get(0), what + " start", Ipv4::parse);
                var end = in.value(items.get(1), what + " end", Ipv4::parse);
                if (start.isEmpty() || end.isEmpty()) {
                  return Optional.empty();
                }
                return Optional.of(new Range(start.get(), end.get(), in.at(node)));
              });
    }

    @Override
    public Optional<Range> absent() {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> schema() {
      return object("$ref", "#/$defs/" + DEF);
    }
  }

  /** [first, last]: two IPv6 addresses, inclusive. */
  record Range6Of() implements Kind<Optional<Range6>> {
    static final String DEF = "range6";

    @Override
    public Optional<Range6> read(ModelReader reader, Node node, String what, String owner) {
      var in = reader.in();
      return in.list(node, what)
          .flatMap(
              items -> {
                if (items.size() != 2) {
                  in.error(
                      node,
                      what + " needs exactly two addresses, got " + items.size(),
                      "write [first, last], e.g. [fd00:1::100, fd00:1::1ff]");
                  return Optional.empty();
                }
                var start = in.value(items.get(0), what + " start", Ipv6::parse);
                var end = in.value(items.get(1), what + " end", Ipv6::parse);
                if (start.isEmpty() || end.isEmpty()) {
                  return Optional.empty();
                }
                return Optional.of(new Range6(start.get(), end.get(), in.at(node)));
              });
    }

    @Override
    public Optional<Range6> absent() {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> schema() {
      return object("$ref", "#/$defs/" + DEF);
    }
  }

  /** A list of scalars, each read by one grammar; item names each in messages. */
  record ListOf<V>(String item, Scalar<V> grammar) implements Kind<List<Located<V>>> {
    @Override
    public List<Located<V>> read(ModelReader reader, Node node, String what, String owner) {
      var in = reader.in();
      var values = new ArrayList<Located<V>>();
      in.list(node, what)
          .ifPresent(
              items ->
                  items.forEach(i -> in.value(i, item, grammar.parser()).ifPresent(values::add)));
      return values;
    }

    @Override
    public List<Located<V>> absent() {
      return List.of();
    }

    @Override
    public Map<String, Object> schema() {
      return object("type", "array", "items", grammar.schema());
    }
  }

  /** A map with keys of its own table. */
  record MapOf<R>(Table<R> keys) implements Kind<Optional<R>> {
    @Override
    public Optional<R> read(ModelReader reader, Node node, String what, String owner) {
      return reader.read(keys, node, what, null);
    }

    @Override
    public Optional<R> absent() {
      return Optional.empty();
    }

    @Override
    public Map<String, Object> schema() {
      return ModelSchema.of(keys);
    }

    @Override
    public Optional<Table<?>> table() {
      return Optional.of(keys);
    }
  }

  /**
   * Maps kept under names the user chooses (interfaces, bridges, ...), in the order written;
   * element names one in messages: "bridge 'br0'".
   */
  record Named<N, R>(String element, Scalar<N> names, Table<R> keys)
      implements Kind<Map<String, R>> {
    @Override
    public Map<String, R> read(ModelReader reader, Node node, String what, String owner) {
      var in = reader.in();
      var result = new LinkedHashMap<String, R>();
      in.namedMap(node, what)
          .ifPresent(
              entries -> {
                for (NodeReader.Entry entry : entries) {
                  in.value(entry.keyNode(), element + " name", names.parser())
                      .flatMap(
                          name ->
                              reader.read(
                                  keys, entry.value(), element + " '" + name.value() + "'", name))
                      .ifPresent(value -> result.put(entry.key(), value));
                }
              });
      return result;
    }

    @Override
    public Map<String, R> absent() {
      return Map.of();
    }

    @Override
    public Map<String, Object> schema() {
      return schema(null, null);
    }

    /** The description goes right after the type, before the long lists of names and keys. */
    @Override
    public Map<String, Object> schema(String description, Object byDefault) {
      var schema = object("type", "object");
      if (description != null) {
        schema.put("description", description);
      }
      schema.put("propertyNames", names.schema());
      schema.put("additionalProperties", ModelSchema.of(keys));
      return schema;
    }

    @Override
    public Optional<Table<?>> table() {
      return Optional.of(keys);
    }
  }

  /** A list of maps with keys of one table; item names one in messages: "a NIC of guest 'w'". */
  record ListOfMaps<R>(String item, Table<R> keys) implements Kind<List<R>> {
    @Override
    public List<R> read(ModelReader reader, Node node, String what, String owner) {
      var values = new ArrayList<R>();
      reader
          .in()
          .list(node, what)
          .ifPresent(
              items ->
                  items.forEach(
                      i ->
                          reader
                              .read(keys, i, item + " of " + owner, null)
                              .ifPresent(values::add)));
      return values;
    }

    @Override
    public List<R> absent() {
      return List.of();
    }

    @Override
    public Map<String, Object> schema() {
      return object("type", "array", "items", ModelSchema.of(keys));
    }

    @Override
    public Optional<Table<?>> table() {
      return Optional.of(keys);
    }
  }
}
