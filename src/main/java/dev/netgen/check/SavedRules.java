package dev.netgen.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A firewall listing in the {@code iptables-save} / {@code ebtables-save} form: per table, each
 * chain's policy ("-" for a user chain of iptables) and the rules, "-A CHAIN ..." as printed.
 */
public record SavedRules(Map<String, Table> tables) {

  /**
   * One table: chain policies in order, every rule line, and the rules by chain (a 4,000-bridge
   * host has 16,000).
   */
  public record Table(
      Map<String, String> policies, List<String> rules, Map<String, List<String>> byChain) {
    Table(Map<String, String> policies, List<String> rules) {
      this(policies, rules, new HashMap<>());
    }

    /** The rules of one chain, in order. */
    public List<String> chain(String name) {
      return byChain.getOrDefault(name, List.of());
    }

    void add(String rule) {
      rules.add(rule);
      int end = rule.indexOf(' ', 3);
      byChain
          .computeIfAbsent(
              end < 0 ? rule.substring(3) : rule.substring(3, end), k -> new ArrayList<>())
          .add(rule);
    }

    public boolean has(String chain) {
      return policies.containsKey(chain);
    }
  }

  public static SavedRules parse(String text) {
    var tables = new LinkedHashMap<String, Table>();
    Table table = null;
    for (String raw : (Iterable<String>) text.lines()::iterator) {
      String line = raw.strip();
      if (line.startsWith("*")) {
        table = new Table(new LinkedHashMap<>(), new ArrayList<>());
        tables.put(line.substring(1), table);
      } else if (table != null && line.startsWith(":")) {
        var f = Words.of(line.substring(1));
        if (!f.isEmpty()) {
          table.policies().put(f.get(0), f.size() > 1 ? f.get(1) : "-");
        }
      } else if (table != null && line.startsWith("-A ")) {
        table.add(line);
      }
    }
    return new SavedRules(tables);
  }

  public Table table(String name) {
    return tables.getOrDefault(name, new Table(Map.of(), List.of()));
  }

  /**
   * Rules in any table, or a policy other than ACCEPT on a built-in chain: someone uses this
   * backend.
   */
  public boolean inUse() {
    return tables.values().stream()
        .anyMatch(
            t ->
                !t.rules().isEmpty()
                    || t.policies().values().stream()
                        .anyMatch(
                            p -> !p.equals("ACCEPT") && !p.equals("-") && !p.equals("RETURN")));
  }
}
