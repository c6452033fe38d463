package dev.netgen.lint.rules;

import dev.netgen.lint.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The `# expect: RULE-ID/MESSAGE-ID` comments of a bad fixture. A marker expects its rule to report
 * that message on the next line that is not itself a marker, so several markers may stack above one
 * line; `RULE-ID/A,B` expects the messages A and B on the same line.
 */
record Markers(List<Marker> all) {
  private static final Pattern MARKER =
      Pattern.compile("\\s*# expect: ([a-z0-9-]+)/([a-z0-9,-]+)\\s*");

  /** A marker on markerLine that expects rule to report messageId on target (1-based lines). */
  record Marker(String file, String rule, String messageId, int markerLine, int target) {
    boolean matches(Finding finding) {
      return finding.rule().id().equals(rule)
          && finding.messageId().equals(messageId)
          && finding.at().line() == target
          && finding.at().file().equals(file);
    }

    @Override
    public String toString() {
      return rule + "/" + messageId + " on line " + target;
    }
  }

  /** The markers of several models, a fleet example's hosts. */
  static Markers read(List<Path> files) throws IOException {
    var all = new ArrayList<Marker>();
    for (Path file : files) {
      all.addAll(read(file).all());
    }
    return new Markers(all);
  }

  static Markers read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    var markers = new ArrayList<Marker>();
    var pending = new ArrayList<String[]>();
    for (int i = 0; i < lines.size(); i++) {
      var m = MARKER.matcher(lines.get(i));
      if (!m.matches() && lines.get(i).strip().startsWith("# expect:")) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": write a marker as `# expect: RULE-ID/MESSAGE-ID`");
      }
      if (m.matches()) {
        for (String messageId : m.group(2).split(",")) {
          pending.add(new String[] {m.group(1), messageId, Integer.toString(i + 1)});
        }
      } else {
        for (String[] p : pending) {
          markers.add(new Marker(file.toString(), p[0], p[1], Integer.parseInt(p[2]), i + 1));
        }
        pending.clear();
      }
    }
    return new Markers(markers);
  }

  List<Marker> of(String rule) {
    return all.stream().filter(m -> m.rule().equals(rule)).toList();
  }
}
