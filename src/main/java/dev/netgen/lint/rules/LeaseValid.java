package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** lease-valid: a lease time dnsmasq reads as written, and at least two minutes. */
public final class LeaseValid extends Rule {
  private static final long MINIMUM_SECONDS = 120;

  public LeaseValid() {
    super(
        "lease-valid",
        Kind.SAFETY,
        Severity.ERROR,
        "a DHCP lease is in dnsmasq's syntax (45m, 12h, 1d, 1w, seconds, infinite) and at least 2 minutes",
        new Message(
            "not-a-lease",
            "lease '{{lease}}' of bridge '{{bridge}}' is not a dnsmasq lease time",
            "write seconds, or a number with m, h, d or w, or infinite: e.g. 45m, 12h, 1d"),
        new Message(
            "too-short",
            "lease {{lease}} of bridge '{{bridge}}' is shorter than 2 minutes; dnsmasq silently uses 2m",
            "write 2m or more"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      var lease = bridge.dhcpServer().flatMap(d -> d.lease());
      if (lease.isEmpty()) {
        continue;
      }
      var seconds = lease.get().value().seconds();
      var data = Map.of("lease", lease.get().value().text(), "bridge", bridge.name().value());
      if (seconds.isEmpty()) {
        reporter.report(lease.get().at(), "not-a-lease", data);
      } else if (seconds.getAsLong() < MINIMUM_SECONDS) {
        reporter.report(lease.get().at(), "too-short", data);
      }
    }
  }
}
