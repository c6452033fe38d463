package dev.netgen.lint;

import dev.netgen.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds values used more than once in linear time after one sort: a HashMap from key to its first
 * occurrence in file order, instead of comparing every pair. The first one is the reference; each
 * later one is the finding, so a message can point at the repeat and name the original's line.
 *
 * @param <K> what must be unique (a MAC, an address, a device name)
 * @param <V> who uses it: a label such as "tap 'tap0'", or a richer value
 */
public final class Occurrences<K, V> {
  /** One use of a key: where it is written and who uses it. */
  public record Occurrence<K, V>(K key, Position at, V owner) {}

  /** Receives each repeat together with the first occurrence of the same key. */
  @FunctionalInterface
  public interface RepeatHandler<K, V> {
    void repeat(Occurrence<K, V> first, Occurrence<K, V> repeat);
  }

  private final List<Occurrence<K, V>> all = new ArrayList<>();

  public void add(K key, Position at, V owner) {
    all.add(new Occurrence<>(key, at, owner));
  }

  /** Calls the handler for every occurrence after the first of its key, in file order. */
  public void forEachRepeat(RepeatHandler<K, V> handler) {
    all.sort(Comparator.comparing(Occurrence::at)); // stable: equal positions keep insertion order
    Map<K, Occurrence<K, V>> first = new HashMap<>();
    for (Occurrence<K, V> o : all) {
      Occurrence<K, V> earlier = first.putIfAbsent(o.key(), o);
      if (earlier != null) {
        handler.repeat(earlier, o);
      }
    }
  }
}
