package dev.netgen.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A firewall script of netgen's read as its parts: the call that sets up each bridge ({@code
 * nat_bridge br0 172.16.1.0/24 wlan0}, continued over lines ending in a backslash), in script order
 * (the map keeps it), and the rest (the functions both start and stop run). Comments are left out:
 * the header names the model file, which says nothing about the rules.
 */
record BridgeCalls(Map<String, String> calls, List<String> rest) {
  /** A call at the start of a line: FUNCTION BRIDGE ..., FUNCTION ending in "bridge". */
  private static final Pattern CALL = Pattern.compile("([a-z_]*bridge) +([^ ]+).*");

  static BridgeCalls of(String script) {
    var calls = new LinkedHashMap<String, String>();
    var rest = new ArrayList<String>();
    String open = null;
    for (String line : script.lines().toList()) {
      if (open != null) {
        calls.merge(open, "\n" + line, String::concat);
        open = line.endsWith("\\") ? open : null;
        continue;
      }
      var call = CALL.matcher(line);
      if (call.matches() && !line.endsWith("{")) {
        calls.merge(call.group(2), line, (a, b) -> a + "\n" + b);
        open = line.endsWith("\\") ? call.group(2) : null;
      } else if (!line.strip().startsWith("#") && !line.isBlank()) {
        rest.add(line);
      }
    }
    return new BridgeCalls(Collections.unmodifiableMap(calls), List.copyOf(rest));
  }
}
