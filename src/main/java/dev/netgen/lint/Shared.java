package dev.netgen.lint;

import dev.netgen.model.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds values that two hosts of a LAN both use, in linear time after one sort: the first use in
 * the order the models were given is the reference, and each use on a later host is a finding. A
 * value used twice by one host is that model's own rules' business (mac-unique, ip-unique), so uses
 * on the same host never clash here.
 *
 * @param <K> what must differ between hosts (a MAC, an address, a host name)
 * @param <V> who uses it, as a message names it
 */
public final class Shared<K, V> {
  /** One use: the host, where it is written, and who uses it. */
  public record Use<K, V>(K key, Lan.Host host, Position at, V owner) {}

  /** Receives each use on a later host together with the first use of the same value. */
  @FunctionalInterface
  public interface ClashHandler<K, V> {
    void clash(Use<K, V> first, Use<K, V> later);
  }

  private final List<Use<K, V>> all = new ArrayList<>();

  public void add(K key, Lan.Host host, Position at, V owner) {
    all.add(new Use<>(key, host, at, owner));
  }

  /** Calls the handler for every use on a host after the first host that uses the same value. */
  public void forEachClash(ClashHandler<K, V> handler) {
    all.sort(Comparator.comparingInt((Use<K, V> u) -> u.host().order()).thenComparing(Use::at));
    Map<K, Use<K, V>> first = new HashMap<>();
    for (Use<K, V> use : all) {
      Use<K, V> earlier = first.putIfAbsent(use.key(), use);
      if (earlier != null && earlier.host().order() != use.host().order()) {
        handler.clash(earlier, use);
      }
    }
  }
}
