package dev.netgen.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ifupdown interfaces file read as apply compares it: each device's stanzas (an iface line and
 * its option lines, inet and inet6 together, comments and blank lines left out), in file order, and
 * the devices started at boot (auto lines). Only the shape ifupdown reads: a line whose first word
 * is not a keyword belongs to the stanza above it. The importer has a full reader; apply may not
 * depend on it, and needs only this much.
 */
record InterfacesFile(Map<String, Stanza> devices, Set<String> auto) {

  /** A device's stanzas as lines, and the ports its bridge_ports line names. */
  record Stanza(String device, List<String> lines, List<String> ports) {}

  private static final Set<String> KEYWORDS =
      Set.of("iface", "auto", "source", "source-directory", "mapping", "rename");

  static InterfacesFile of(String text) {
    var lines = new LinkedHashMap<String, List<String>>();
    var auto = new LinkedHashSet<String>();
    String current = null;
    for (String raw : text.lines().toList()) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      var words = List.of(line.split("\\s+"));
      String first = words.get(0);
      if (first.equals("auto") || first.startsWith("allow-")) {
        auto.addAll(words.subList(1, words.size()));
        current = null;
      } else if (first.equals("iface") && words.size() > 1) {
        current = words.get(1);
        lines.computeIfAbsent(current, d -> new ArrayList<>()).add(line);
      } else if (KEYWORDS.contains(first)) {
        current = null;
      } else if (current != null) {
        lines.get(current).add(String.join(" ", words));
      }
    }
    var devices = new LinkedHashMap<String, Stanza>();
    lines.forEach((device, l) -> devices.put(device, new Stanza(device, List.copyOf(l), ports(l))));
    return new InterfacesFile(
        Collections.unmodifiableMap(devices), Collections.unmodifiableSet(auto));
  }

  /** The ports of a bridge_ports (or bridge-ports) line; none for "none" or no line. */
  private static List<String> ports(List<String> lines) {
    return lines.stream()
        .filter(l -> l.startsWith("bridge_ports ") || l.startsWith("bridge-ports "))
        .flatMap(l -> List.of(l.split(" ")).stream().skip(1))
        .filter(p -> !p.equals("none"))
        .toList();
  }

  /** The bridges (in file order) whose ports include device. */
  List<String> bridgesOf(String device) {
    return devices.values().stream()
        .filter(s -> s.ports().contains(device))
        .map(Stanza::device)
        .toList();
  }
}
