package dev.netgen.realtool;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output of a script run in a namespace, whose shell function step() prints "@@ NAME" before
 * each step: the text of each step by name, empty lines dropped.
 */
final class Steps {
  private Steps() {}

  static Map<String, String> of(String out) {
    var sections = new LinkedHashMap<String, String>();
    String current = null;
    var text = new StringBuilder();
    for (String line : out.split("\n", -1)) {
      if (line.startsWith("@@ ")) {
        if (current != null) {
          sections.put(current, text.toString());
        }
        current = line.substring(3);
        text.setLength(0);
      } else if (current != null && !line.isEmpty()) {
        text.append(line).append('\n');
      }
    }
    if (current != null) {
      sections.put(current, text.toString());
    }
    return sections;
  }
}
