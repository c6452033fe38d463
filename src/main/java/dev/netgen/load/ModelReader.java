package dev.netgen.load;

import dev.netgen.model.Located;
import dev.netgen.model.Model;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Node tree to typed Model, map by map, by the key tables in {@link Keys}: a map's keys are checked
 * against its table, each value is read by its key's grammar, and the table builds the record.
 * Every problem is reported and reading goes on.
 */
final class ModelReader {
  private final NodeReader in;

  ModelReader(NodeReader in) {
    this.in = in;
  }

  Optional<Model> read(Node root) {
    return read(Keys.MODEL, root, "the model", null);
  }

  NodeReader in() {
    return in;
  }

  /** One map by its table; name is the map's own name when it is kept under one. */
  <R> Optional<R> read(Table<R> table, Node node, String what, Located<?> name) {
    return in.map(node, what, table.names())
        .flatMap(
            written -> {
              var keys = table.keys();
              var values = new Object[keys.size()];
              for (int i = 0; i < values.length; i++) {
                values[i] = value(keys.get(i), written.get(keys.get(i).name()), node, what);
              }
              oneOf(table.oneOf(), written, node, what);
              return table.build(new Values(keys, values, written, name, node, in));
            });
  }

  /** Exactly one of the alternatives written: none is reported at the map, a second at its key. */
  private void oneOf(
      List<String> alternatives, Map<String, NodeReader.Entry> written, Node map, String what) {
    if (alternatives.isEmpty()) {
      return;
    }
    var present = alternatives.stream().filter(written::containsKey).toList();
    String choice = String.join("' or '", alternatives);
    if (present.isEmpty()) {
      in.error(
          map,
          what + " needs '" + choice + "'",
          "add `" + String.join(":` or `", alternatives) + ":` to " + what);
    } else if (present.size() > 1) {
      in.error(
          written.get(present.get(1)).keyNode(),
          what + " has both '" + present.get(0) + "' and '" + present.get(1) + "'",
          "keep one of them: they exclude each other");
    }
  }

  private <T> T value(Key<T> key, NodeReader.Entry entry, Node map, String what) {
    if (entry != null) {
      return key.kind().read(this, entry.value(), key.what(what), what);
    }
    if (key.required()) {
      key.kind().missing(in, map, what, key.name());
    }
    return key.kind().absent();
  }
}
