package dev.netgen.load;

import dev.netgen.model.Located;
import dev.netgen.model.Position;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/** The values read from one map, by key, for its table to build the record from. */
final class Values {
  private final List<Key<?>> keys;
  private final Object[] values;
  private final Map<String, NodeReader.Entry> written;
  private final Located<?> name;
  private final Node node;
  private final NodeReader in;

  Values(
      List<Key<?>> keys,
      Object[] values,
      Map<String, NodeReader.Entry> written,
      Located<?> name,
      Node node,
      NodeReader in) {
    this.keys = keys;
    this.values = values;
    this.written = written;
    this.name = name;
    this.node = node;
    this.in = in;
  }

  /** The value under a key of this table, or what its grammar gives for an absent key. */
  @SuppressWarnings("unchecked") // values[i] was read by keys.get(i)'s kind, a Kind<T>
  <T> T get(Key<T> key) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).equals(key)) {
        return (T) values[i];
      }
    }
    throw new IllegalArgumentException("key '" + key.name() + "' is not in this table");
  }

  /** The keys written in this map, in the order the model wrote them. */
  Iterable<String> written() {
    return written.keySet();
  }

  /** The name of a map kept under a name (an interface, a bridge, ...). */
  @SuppressWarnings("unchecked") // checked by the value's class
  <N> Located<N> name(Class<N> type) {
    if (!type.isInstance(name.value())) {
      throw new IllegalArgumentException("this map's name is no " + type.getSimpleName());
    }
    return (Located<N>) name;
  }

  /** Where the map itself was written. */
  Position at() {
    return in.at(node);
  }

  String file() {
    return in.file();
  }

  void error(Position at, String message, String hint) {
    in.error(at, message, hint);
  }
}
