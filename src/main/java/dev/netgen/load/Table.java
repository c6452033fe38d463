package dev.netgen.load;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The keys of one map of the model, in the order the documentation lists them, and how their values
 * make the map's record (empty when a required value is missing or bad).
 */
final class Table<R> {
  private final List<Key<?>> keys;
  private final List<String> names;
  private final Function<Values, Optional<R>> build;

  private Table(List<Key<?>> keys, Function<Values, Optional<R>> build) {
    this.keys = List.copyOf(keys);
    this.names = keys.stream().map(Key::name).toList();
    this.build = build;
  }

  static <R> Table<R> of(List<Key<?>> keys, Function<Values, Optional<R>> build) {
    return new Table<>(keys, build);
  }

  List<Key<?>> keys() {
    return keys;
  }

  /** The keys allowed in this map: any other is an error, with these named in its hint. */
  List<String> names() {
    return names;
  }

  Optional<R> build(Values values) {
    return build.apply(values);
  }
}
