package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.time.Duration;
import java.util.Map;

/** stp-timer-range: bridge timers the kernel keeps as written. */
public final class StpTimerRange extends Rule {
  private static final Duration FORWARD_DELAY_MIN = Duration.ofSeconds(2);
  private static final Duration FORWARD_DELAY_MAX = Duration.ofSeconds(30);
  private static final Duration HELLO_MIN = Duration.ofSeconds(1);
  private static final Duration HELLO_MAX = Duration.ofSeconds(10);

  public StpTimerRange() {
    super(
        "stp-timer-range",
        Kind.ADVICE,
        Severity.ERROR,
        "with stp on, forward_delay is 2-30 s; hello_time is 1-10 s",
        new Message(
            "forward-delay",
            "forward_delay {{seconds}} s of bridge '{{bridge}}' is outside 2-30 s, which the kernel allows with STP on",
            "write a forward_delay from 2 to 30 (2 suits a bridge that takes its address by DHCP), or turn stp off"),
        new Message(
            "hello-time",
            "hello_time {{seconds}} s of bridge '{{bridge}}' is outside 1-10 s; the kernel refuses it",
            "write a hello_time from 1 to 10, or leave it out for the default 2 s"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      var name = bridge.name().value();
      if (bridge.stpOn()) {
        bridge
            .forwardDelay()
            .filter(d -> outside(d.value().duration(), FORWARD_DELAY_MIN, FORWARD_DELAY_MAX))
            .ifPresent(
                d ->
                    reporter.report(
                        d.at(), "forward-delay", Map.of("seconds", d.value(), "bridge", name)));
      }
      bridge
          .helloTime()
          .filter(h -> outside(h.value().duration(), HELLO_MIN, HELLO_MAX))
          .ifPresent(
              h ->
                  reporter.report(
                      h.at(), "hello-time", Map.of("seconds", h.value(), "bridge", name)));
    }
  }

  private static boolean outside(Duration value, Duration min, Duration max) {
    return value.compareTo(min) < 0 || value.compareTo(max) > 0;
  }
}
