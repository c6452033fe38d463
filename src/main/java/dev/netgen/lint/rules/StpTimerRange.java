package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** stp-timer-range: bridge timers the kernel keeps as written. */
public final class StpTimerRange extends Rule {
  private static final int FORWARD_DELAY_MIN = 200;
  private static final int FORWARD_DELAY_MAX = 3000;
  private static final int HELLO_MIN = 100;
  private static final int HELLO_MAX = 1000;

  public StpTimerRange() {
    super(
        "stp-timer-range",
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
        bridge.forwardDelay()
            .filter(d -> d.value().centis() < FORWARD_DELAY_MIN || d.value().centis() > FORWARD_DELAY_MAX)
            .ifPresent(d -> reporter.report(d.at(), "forward-delay", Map.of("seconds", d.value(), "bridge", name)));
      }
      bridge.helloTime()
          .filter(h -> h.value().centis() < HELLO_MIN || h.value().centis() > HELLO_MAX)
          .ifPresent(h -> reporter.report(h.at(), "hello-time", Map.of("seconds", h.value(), "bridge", name)));
    }
  }
}
