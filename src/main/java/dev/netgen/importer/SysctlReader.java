package dev.netgen.importer;

import dev.netgen.text.Text;
import java.nio.file.Path;
import java.util.List;

/**
 * sysctl.conf and sysctl.d: IPv4 forwarding. Other net.* keys are leftovers; keys outside net.* are
 * not network settings and are skipped.
 */
final class SysctlReader {
  private final Reading r;

  SysctlReader(Reading r) {
    this.r = r;
  }

  void read(String moved) {
    if (moved != null) {
      r.files.lines(moved).ifPresent(l -> lines(moved, l));
      return;
    }
    r.files.lines("/etc/sysctl.conf").ifPresent(l -> lines("/etc/sysctl.conf", l));
    for (Path p : r.files.list("/etc/sysctl.d")) {
      if (p.getFileName().toString().endsWith(".conf")) {
        String shown = r.files.hostPath(p);
        lines(shown, r.files.read(p, shown));
      }
    }
  }

  private void lines(String shown, List<String> lines) {
    for (int n = 0; n < lines.size(); n++) {
      String l = lines.get(n).strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith(";")) {
        continue;
      }
      var at = new Origin(shown, n + 1);
      int eq = l.indexOf('=');
      if (eq < 0) {
        r.leave(at, "not a KEY = VALUE line");
        continue;
      }
      String key = l.substring(0, eq).strip().replace('/', '.').replaceFirst("^-", "");
      if (key.contains(" ") || key.contains("\t")) {
        r.leave(
            at,
            "not a KEY = VALUE line: "
                + Text.forMessage(l)
                + " (a command? sysctl files hold lines like net.ipv4.ip_forward = 1)");
        continue;
      }
      String value = l.substring(eq + 1).strip();
      if (key.equals("net.ipv4.ip_forward") || key.equals("net.ipv4.conf.all.forwarding")) {
        switch (value) {
          case "1" -> r.draft.forwarding = new Val("true", at);
          case "0" -> r.draft.forwarding = new Val("false", at);
          default -> r.leave(at, key + " = " + Text.forMessage(value) + ": 0 or 1");
        }
      } else if (key.startsWith("net.")) {
        r.leave(at, "sysctl " + Text.forMessage(key) + " is not modelled");
      }
    }
  }
}
