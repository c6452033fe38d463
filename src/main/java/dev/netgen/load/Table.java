package dev.netgen.load;

import java.util.Arrays;
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
  private final List<String> oneOf;

  private Table(List<Key<?>> keys, Function<Values, Optional<R>> build, List<String> oneOf) {
    this.keys = List.copyOf(keys);
    this.names = keys.stream().map(Key::name).toList();
    this.build = build;
    this.oneOf = List.copyOf(oneOf);
  }

  static <R> Table<R> of(List<Key<?>> keys, Function<Values, Optional<R>> build) {
    return new Table<>(keys, build, List.of());
  }

  /** This table, where exactly one of these keys must be written (a NIC's tap or bridge). */
  Table<R> exactlyOneOf(Key<?>... alternatives) {
    return new Table<>(keys, build, Arrays.stream(alternatives).map(Key::name).toList());
  }

  /** The keys of which exactly one must be written; empty when the table has no such choice. */
  List<String> oneOf() {
    return oneOf;
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
