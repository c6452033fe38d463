package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Bridge;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.HashSet;
import java.util.Map;

/**
 * guest-name-hostname: a guest on a bridge that dnsmasq serves has a name DNS can carry. The guest
 * grammar allows '_' and '.', which a host name may not hold; such a guest gets its address but no
 * name (its dhcp-host line leaves the name out).
 */
public final class GuestNameHostname extends Rule {
  public GuestNameHostname() {
    super(
        "guest-name-hostname",
        Kind.ADVICE,
        Severity.WARNING,
        "a guest on a DHCP bridge has a name that is a host name",
        new Message(
            "invalid",
            "guest '{{guest}}' on bridge '{{bridge}}' is not a host name, so dnsmasq gives it no"
                + " name and other guests cannot resolve it",
            "use letters, digits and inner '-' only (one DNS label), e.g. '{{suggestion}}'"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var reported = new HashSet<String>();
    for (Bridge bridge : model.bridges().values()) {
      if (bridge.dhcpServer().isEmpty()) {
        continue;
      }
      for (var nic : wiring.nicsOn(bridge)) {
        var name = nic.guest().name();
        if (!name.value().isHostName() && reported.add(name.value().text())) {
          reporter.report(
              name.at(),
              "invalid",
              Map.of(
                  "guest",
                  name.value(),
                  "bridge",
                  bridge.name().value(),
                  "suggestion",
                  suggestion(name.value().text())));
        }
      }
    }
  }

  /** The name with every '_' and '.' made '-', and none left at the end. */
  private static String suggestion(String name) {
    String dashed = name.replace('_', '-').replace('.', '-');
    int end = dashed.length();
    while (end > 1 && dashed.charAt(end - 1) == '-') {
      end--;
    }
    return dashed.substring(0, end);
  }
}
