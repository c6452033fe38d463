package dev.netgen.importer;

import dev.netgen.text.Text;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ifupdown: etc/network/interfaces and every file it sources (source, source-directory; globs in
 * the last segment), each file once by its real path, at most {@link #MAX_DEPTH} deep, never
 * outside the root. Stanzas become interfaces, taps and bridges; bridge_* options are seconds.
 */
final class DebianReader {
  static final String INTERFACES = "/etc/network/interfaces";
  private static final int MAX_DEPTH = 8;
  private final Reading r;
  private final Set<Path> seen = new HashSet<>();
  private final Map<String, Stanza> stanzas = new LinkedHashMap<>();

  record Option(String key, String value, Origin at) {}

  static final class Stanza {
    final String name;
    final String method;
    final Origin at;
    final List<Option> options = new ArrayList<>();

    Stanza(String name, String method, Origin at) {
      this.name = name;
      this.method = method;
      this.at = at;
    }
  }

  DebianReader(Reading r) {
    this.r = r;
  }

  static boolean present(HostFiles files) {
    return files.exists(INTERFACES) || files.exists("/etc/network/interfaces.d");
  }

  void read(String path) {
    var start = r.files.resolve(path);
    if (start.isPresent() && Files.exists(start.get(), LinkOption.NOFOLLOW_LINKS)) {
      file(start.get(), 0);
    } else {
      // no interfaces file: read the snippets it would source (a render that writes only a snippet)
      for (Path p : r.files.list("/etc/network/interfaces.d")) {
        file(p, 1);
      }
    }
    new DebianStanzas(r, stanzas).apply();
  }

  private void file(Path p, int depth) {
    String shown = r.files.hostPath(p);
    var real = r.files.real(p);
    if (real.isEmpty()) {
      throw HostFiles.unreadable(
          shown, "it leads outside the root, or is a dangling link or a loop");
    }
    if (!seen.add(real.get())) {
      r.leave(
          new Origin(shown, 0), "sourced again (a loop, or two sources of one file); read once");
      return;
    }
    var lines = r.files.read(p, shown);
    r.commentedTypes(shown, lines);
    Stanza current = null;
    for (int n = 0; n < lines.size(); n++) {
      String l = lines.get(n);
      var at = new Origin(shown, n + 1);
      while (l.endsWith("\\") && n + 1 < lines.size()) {
        l = l.substring(0, l.length() - 1) + lines.get(++n);
      }
      String t = l.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      var w = GentooReader.words(t);
      String head = w.get(0);
      switch (head) {
        case "iface" -> current = iface(w, at);
        // netgen decides auto or allow-hotplug from the device's kind, so these are taken as read
        case "auto", "allow-auto", "allow-hotplug" -> current = null;
        case "source", "source-directory" -> {
          current = null;
          include(head, t.substring(head.length()).strip(), at, p, depth);
        }
        case "mapping", "rename", "no-auto-down", "no-scripts" -> {
          current = null;
          r.leave(at, "'" + head + "' is not modelled");
        }
        default -> {
          if (head.startsWith("allow-")) {
            current = null;
            r.leave(
                at, "'" + Text.forMessage(head) + "' (a hotplug class of its own) is not modelled");
          } else if (current == null) {
            r.leave(at, Text.forMessage(head) + " outside a stanza");
          } else {
            // ifupdown hands options to scripts as IF_NAME with '-' turned to '_': bridge-ports is
            // bridge_ports
            String key = head.startsWith("bridge-") ? head.replace('-', '_') : head;
            current.options.add(new Option(key, t.substring(head.length()).strip(), at));
          }
        }
      }
    }
  }

  private Stanza iface(List<String> w, Origin at) {
    if (w.size() < 4) {
      r.leave(at, "iface line without its family and method");
      return null;
    }
    if (!w.get(2).equals("inet")) {
      r.leave(
          at,
          "iface "
              + Text.forMessage(w.get(1))
              + " "
              + Text.forMessage(w.get(2))
              + ": only IPv4 (inet) is modelled");
      return null;
    }
    if (w.get(1).equals("lo")) {
      return new Stanza("lo", "loopback", at);
    }
    if (!Reading.isDeviceName(w.get(1))) {
      r.leave(at, "device name " + Text.forMessage(w.get(1)) + " is not valid");
      return null;
    }
    var s = new Stanza(w.get(1), w.get(3), at);
    if (stanzas.containsKey(s.name)) {
      r.leave(
          at,
          "a second inet stanza for "
              + s.name
              + " (ifupdown merges them); only the first is imported");
      return null;
    }
    stanzas.put(s.name, s);
    return s;
  }

  /**
   * source PATTERN: relative to the folder of the file that sources it; a glob only in the last
   * segment.
   */
  private void include(String how, String pattern, Origin at, Path from, int depth) {
    if (depth >= MAX_DEPTH) {
      r.leave(at, how + " nests deeper than " + MAX_DEPTH + " files");
      return;
    }
    String hostPattern =
        pattern.startsWith("/") ? pattern : r.files.hostPath(from.getParent()) + "/" + pattern;
    if (how.equals("source-directory")) {
      hostPattern = hostPattern + "/*";
    }
    int slash = hostPattern.lastIndexOf('/');
    String folder =
        java.nio.file.Path.of(hostPattern.substring(0, Math.max(slash, 1))).normalize().toString();
    String glob = hostPattern.substring(slash + 1);
    if (!(folder + "/").startsWith("/etc/network/")
        || folder.contains("*")
        || folder.contains("?")
        || r.files.resolve(folder).isEmpty()) {
      r.leave(
          at,
          how
              + " "
              + Text.forMessage(pattern)
              + ": import reads only files below /etc/network, with a glob"
              + " in the last segment only; not read");
      return;
    }
    if (!glob.contains("*") && !glob.contains("?")) {
      var p = r.files.resolve(folder + "/" + glob);
      if (p.isPresent() && Files.exists(p.get(), LinkOption.NOFOLLOW_LINKS)) {
        file(p.get(), depth + 1);
      }
      return;
    }
    String regex = glob.replace(".", "\\.").replace("?", ".").replace("*", ".*");
    for (Path p : r.files.list(folder)) {
      String name = p.getFileName().toString();
      // ifupdown's source-directory takes only names of letters, digits, '_' and '-'
      boolean ok =
          how.equals("source-directory")
              ? name.matches("[A-Za-z0-9_-]+")
              : name.matches(regex) && !name.startsWith(".");
      if (ok) {
        file(p, depth + 1);
      }
    }
  }
}
