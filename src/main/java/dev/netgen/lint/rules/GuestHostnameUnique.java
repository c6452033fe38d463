package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Bridge;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

/**
 * guest-hostname-unique: two guests on one DHCP bridge have different host names. Guest names are
 * distinct keys, but DNS ignores case: 'Web' and 'web' are one name, and dnsmasq gives a name to
 * one lease at a time, so the guest that renews last takes it from the other.
 */
public final class GuestHostnameUnique extends Rule {
  public GuestHostnameUnique() {
    super(
        "guest-hostname-unique",
        Kind.SAFETY,
        Severity.ERROR,
        "the guests on a DHCP bridge have different host names",
        new Message(
            "shared",
            "guest '{{guest}}' has the host name of guest '{{first}}' (line {{line}}) on bridge"
                + " '{{bridge}}': DNS names ignore case",
            "rename one of them; dnsmasq gives one name to one lease at a time"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (Bridge bridge : model.bridges().values()) {
      if (bridge.dhcpServer().isEmpty()) {
        continue;
      }
      var names = new Occurrences<String, String>();
      var seen = new HashSet<String>();
      for (var nic : wiring.nicsOn(bridge)) {
        var name = nic.guest().name();
        if (name.value().isHostName() && seen.add(name.value().text())) {
          names.add(name.value().text().toLowerCase(Locale.ROOT), name.at(), name.value().text());
        }
      }
      names.forEachRepeat(
          (first, repeat) ->
              reporter.report(
                  repeat.at(),
                  "shared",
                  Map.of(
                      "guest",
                      repeat.owner(),
                      "first",
                      first.owner(),
                      "line",
                      first.at().line(),
                      "bridge",
                      bridge.name().value())));
    }
  }
}
