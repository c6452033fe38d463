package dev.netgen.graph;

import dev.netgen.diag.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lint findings by the model line they point at, for `graph --lint`: the builder asks for the rule
 * ids on the lines each device is written on. A YAML line belongs to one device, so the line is
 * enough to find the device, whichever of its values the rule blamed.
 */
public final class Marks {
  private static final Marks NONE = new Marks(Map.of());

  private final Map<Integer, List<String>> byLine;

  private Marks(Map<Integer, List<String>> byLine) {
    this.byLine = byLine;
  }

  public static Marks none() {
    return NONE;
  }

  /** The findings of one model's lint. */
  public static Marks of(List<Diagnostic> findings) {
    var byLine = new HashMap<Integer, List<String>>();
    for (Diagnostic d : findings) {
      byLine.computeIfAbsent(d.at().line(), l -> new ArrayList<>()).add(d.code());
    }
    return new Marks(byLine);
  }

  /** The rule ids found on these lines, sorted and each once. */
  List<String> on(Iterable<Integer> lines) {
    var ids = new TreeSet<String>();
    for (int line : lines) {
      ids.addAll(byLine.getOrDefault(line, List.of()));
    }
    return List.copyOf(ids);
  }

  /** The rule ids on every line but these: findings about no device. */
  List<String> besides(Iterable<Integer> lines) {
    var rest = new HashMap<>(byLine);
    for (int line : lines) {
      rest.remove(line);
    }
    var ids = new TreeSet<String>();
    rest.values().forEach(ids::addAll);
    return List.copyOf(ids);
  }
}
