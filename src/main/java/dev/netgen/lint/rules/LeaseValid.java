package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;

/** lease-valid: a lease time dnsmasq reads as written, and at least two minutes. */
public final class LeaseValid implements Rule {
  private static final long MINIMUM_SECONDS = 120;

  @Override
  public String id() {
    return "lease-valid";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a DHCP lease is in dnsmasq's syntax (45m, 12h, 1d, 1w, seconds, infinite) and at least 2 minutes";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        dnsmasq reads a lease time as a number of seconds, or a number followed by m, h, d or w,
        or the word infinite. Anything else makes dnsmasq refuse the dhcp-range line and not
        start. A lease shorter than 2 minutes is silently raised to 2 minutes, so the value in the
        model would not be the one in force.
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
            dhcp_server:
              range: [172.16.1.10, 172.16.1.100]
              lease: 12hours
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
            dhcp_server:
              range: [172.16.1.10, 172.16.1.100]
              lease: 12h
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    for (var bridge : model.bridges().values()) {
      var lease = bridge.dhcpServer().flatMap(d -> d.lease());
      if (lease.isEmpty()) {
        continue;
      }
      var seconds = lease.get().value().seconds();
      String text = lease.get().value().text();
      if (seconds.isEmpty()) {
        sink.report(
            lease.get().at(),
            "lease '" + text + "' of bridge '" + bridge.name().value() + "' is not a dnsmasq lease time",
            "write seconds, or a number with m, h, d or w, or infinite: e.g. 45m, 12h, 1d");
      } else if (seconds.getAsLong() < MINIMUM_SECONDS) {
        sink.report(
            lease.get().at(),
            "lease " + text + " of bridge '" + bridge.name().value() + "' is shorter than 2 minutes; dnsmasq silently uses 2m",
            "write 2m or more");
      }
    }
  }
}
