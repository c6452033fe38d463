package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Model;
import dev.netgen.model.Seconds;
import dev.netgen.model.Wiring;
import java.time.Duration;
import java.util.Map;

/**
 * stp-delay-fits-dhcp: a DHCP bridge with STP starts forwarding before its DHCP client gives up.
 */
public final class StpDelayFitsDhcp extends Rule {
  /** The kernel's forward delay when none is set. */
  private static final Duration KERNEL_DEFAULT = Duration.ofSeconds(15);

  /**
   * netifrc's udhcpc sends 3 discovers about 9 s apart, the last at about 18 s, and gives up at
   * about 27 s: a port that forwards only from 18 s on lets none of them through.
   */
  private static final Duration LAST_DISCOVER = Duration.ofSeconds(18);

  private static final String AFTER =
      ": its ports forward only after {{forwarding}} s, after netifrc's udhcpc has sent its last discover (about 18 s)";
  private static final String HINT =
      "set forward_delay: 2, or stp: false if the bridge has one physical port";

  public StpDelayFitsDhcp() {
    super(
        "stp-delay-fits-dhcp",
        Kind.ADVICE,
        Severity.WARNING,
        "a bridge with address dhcp and stp on has a forward_delay short enough for its DHCP client (below 9 s; the kernel default is"
            + " 15 s)",
        new Message(
            "forward-delay",
            "bridge '{{bridge}}' takes its address by DHCP with STP on and forward_delay {{delay}} s"
                + AFTER,
            HINT),
        new Message(
            "default-forward-delay",
            "bridge '{{bridge}}' takes its address by DHCP with STP on and the kernel's default forward_delay of 15 s"
                + AFTER,
            HINT));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var bridge : model.bridges().values()) {
      if (!bridge.stpOn() || !(bridge.address().value() instanceof Address.Dhcp)) {
        continue;
      }
      var delay = bridge.forwardDelay();
      Duration forwardDelay = delay.map(d -> d.value().duration()).orElse(KERNEL_DEFAULT);
      Duration forwarding = forwardDelay.multipliedBy(2);
      if (forwarding.compareTo(LAST_DISCOVER) >= 0) {
        var data =
            Map.of(
                "bridge",
                bridge.name().value(),
                "delay",
                new Seconds(forwardDelay),
                "forwarding",
                new Seconds(forwarding));
        if (delay.isPresent()) {
          reporter.report(delay.get().at(), "forward-delay", data);
        } else {
          reporter.report(bridge.stp().orElseThrow().at(), "default-forward-delay", data);
        }
      }
    }
  }
}
