package dev.netgen.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The `# expect: RULE-ID` comments of a bad fixture. A marker expects its rule on the next line
 * that is not itself a marker, so several markers may stack above one line.
 */
record Markers(List<Marker> all) {
  private static final Pattern MARKER = Pattern.compile("\\s*# expect: ([a-z0-9-]+)\\s*");

  /** A marker on markerLine that expects rule to report on target (1-based lines). */
  record Marker(String rule, int markerLine, int target) {}

  static Markers read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    var markers = new ArrayList<Marker>();
    var pending = new ArrayList<String[]>();
    for (int i = 0; i < lines.size(); i++) {
      var m = MARKER.matcher(lines.get(i));
      if (m.matches()) {
        pending.add(new String[] {m.group(1), Integer.toString(i + 1)});
      } else {
        for (String[] p : pending) {
          markers.add(new Marker(p[0], Integer.parseInt(p[1]), i + 1));
        }
        pending.clear();
      }
    }
    return new Markers(markers);
  }

  List<Integer> lines(String rule) {
    return all.stream().filter(m -> m.rule().equals(rule)).map(Marker::target).toList();
  }
}
