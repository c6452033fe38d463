package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;
import java.time.Duration;

/** stp-timer-range: bridge timers the kernel keeps as written. */
public final class StpTimerRange implements Rule {
  private static final Duration FORWARD_DELAY_MIN = Duration.ofSeconds(2);
  private static final Duration FORWARD_DELAY_MAX = Duration.ofSeconds(30);
  private static final Duration HELLO_MIN = Duration.ofSeconds(1);
  private static final Duration HELLO_MAX = Duration.ofSeconds(10);

  @Override
  public String id() {
    return "stp-timer-range";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "with stp on, forward_delay is 2-30 s; hello_time is 1-10 s";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        With STP on, the kernel keeps forward_delay within 2-30 s: it refuses other values, and
        turning STP on clamps a delay set earlier into that range. hello_time is refused outside
        1-10 s whether STP is on or not (netifrc then prints "Failed to configure hello_time" and
        starts the bridge anyway), so netgen checks it on every bridge.

        The seed article's brctl_br0="setfd 0 stp on sethello 1" asks for a zero forward delay
        with STP on, which the kernel cannot do; netifrc even applies only its first subcommand.
        A forward delay of 0 is possible only with STP off; with STP on, the shortest is 2 s.
        """,
        """
        version: 1
        interfaces:
          eth0: {}
        bridges:
          br0:
            ports: [eth0]
            address: dhcp
            stp: true
            forward_delay: 0
            hello_time: 1
        """,
        """
        version: 1
        interfaces:
          eth0: {}
        bridges:
          br0:
            ports: [eth0]
            address: dhcp
            stp: true
            forward_delay: 2
            hello_time: 1
        """);
  }

  @Override
  public void check(Model model, Topology topology, DiagnosticSink sink) {
    for (var bridge : model.bridges().values()) {
      String name = bridge.name().value().text();
      if (bridge.stpOn()) {
        bridge.forwardDelay()
            .filter(d -> d.value().duration().compareTo(FORWARD_DELAY_MIN) < 0 || d.value().duration().compareTo(FORWARD_DELAY_MAX) > 0)
            .ifPresent(
                d ->
                    sink.report(
                        d.at(),
                        "forward_delay " + d.value() + " s of bridge '" + name + "' is outside 2-30 s, which the kernel allows with STP on",
                        "write a forward_delay from 2 to 30 (2 suits a bridge that takes its address by DHCP), or turn stp off"));
      }
      bridge.helloTime()
          .filter(h -> h.value().duration().compareTo(HELLO_MIN) < 0 || h.value().duration().compareTo(HELLO_MAX) > 0)
          .ifPresent(
              h ->
                  sink.report(
                      h.at(),
                      "hello_time " + h.value() + " s of bridge '" + name + "' is outside 1-10 s; the kernel refuses it",
                      "write a hello_time from 1 to 10, or leave it out for the default 2 s"));
    }
  }
}
