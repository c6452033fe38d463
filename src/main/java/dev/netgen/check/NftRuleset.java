package dev.netgen.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An nftables ruleset as `nft list ruleset` prints it (and as netgen.nft is written): tables, their
 * chains, each chain's hook line and rules. Sets, maps and other objects are skipped; only chains
 * matter to check.
 */
record NftRuleset(Map<String, Map<String, Chain>> tables) {
  /** One chain: its type/hook/policy line (empty for a regular chain) and its rules in order. */
  record Chain(String hook, List<String> rules) {
    /** The hook it is attached to ("forward"), if it is a base chain. */
    Optional<String> hookName() {
      return word(hook, "hook");
    }

    /** Its policy ("drop"), if it is a base chain. */
    Optional<String> policy() {
      return word(hook, "policy").map(p -> p.replace(";", ""));
    }

    private static Optional<String> word(String line, String key) {
      String[] words = line.split(" ", -1);
      for (int i = 0; i + 1 < words.length; i++) {
        if (words[i].equals(key)) {
          return Optional.of(words[i + 1].replace(";", ""));
        }
      }
      return Optional.empty();
    }
  }

  /** The chains of the table "FAMILY NAME" ("inet netgen"), or none. */
  Map<String, Chain> table(String familyAndName) {
    return tables.getOrDefault(familyAndName, Map.of());
  }

  static NftRuleset parse(String text) {
    var tables = new LinkedHashMap<String, Map<String, Chain>>();
    Map<String, Chain> table = null;
    String chain = null;
    String hook = "";
    List<String> rules = new ArrayList<>();
    boolean skipping = false;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("table ") && line.endsWith(" {")) {
        String name = line.substring("table ".length(), line.length() - 2);
        table = tables.computeIfAbsent(name, n -> new LinkedHashMap<>());
      } else if (table != null && line.startsWith("\tchain ") && line.endsWith(" {")) {
        chain = line.substring("\tchain ".length(), line.length() - 2);
        hook = "";
        rules = new ArrayList<>();
      } else if (line.equals("\t}")) {
        if (chain != null && table != null) {
          table.put(chain, new Chain(hook, List.copyOf(rules)));
        }
        chain = null;
        skipping = false;
      } else if (table != null && chain == null && line.startsWith("\t") && line.endsWith(" {")) {
        skipping = true; // a set, a map, a flowtable
      } else if (chain != null && !skipping && line.startsWith("\t\t")) {
        String body = line.substring(2);
        if (body.startsWith("type ") && hook.isEmpty() && rules.isEmpty()) {
          hook = body;
        } else {
          rules.add(body);
        }
      } else if (line.equals("}")) {
        table = null;
      }
    }
    return new NftRuleset(tables);
  }
}
