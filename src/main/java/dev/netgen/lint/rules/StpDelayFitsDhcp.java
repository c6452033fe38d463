package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Bridge;
import dev.netgen.model.Distro;
import dev.netgen.model.Model;
import dev.netgen.model.Seconds;
import dev.netgen.model.Wiring;
import java.time.Duration;
import java.util.Map;

/**
 * stp-delay-fits-dhcp: a DHCP bridge with STP keeps the boot waiting for its ports no longer than
 * its DHCP client would keep asking on its own.
 *
 * <p>The numbers were measured with the real tools against a router whose dnsmasq ping-checks an
 * address before offering it (its default): busybox udhcpc, as netifrc runs it ({@code -t 3 -T 3
 * --now}) and as ifupdown runs it ({@code -n}, the same defaults), gives up 9 s after it starts;
 * the router's offer comes 3 s after a discover. Started with the bridge, it never gets a lease
 * while STP keeps the ports blocking (2 x forward delay, at least 4 s), so the rendered files make
 * each target wait for the ports first: netifrc's carrier_timeout, bridge-utils' bridge_maxwait.
 * The cost left is the wait itself, at every boot: this rule warns when it is longer than the
 * client's own 9 s. The text names the target's tools when lint knows the target.
 */
public final class StpDelayFitsDhcp extends Rule {
  /** udhcpc gives up this long after it starts, as both targets run it (measured: 9.1-9.3 s). */
  private static final Duration CLIENT_GIVES_UP = Duration.ofSeconds(9);

  private static final String START =
      "bridge '{{bridge}}' takes its address by DHCP with STP on and ";
  private static final String AFTER =
      ": its ports forward only after {{forwarding}} s, longer than udhcpc keeps asking as netifrc and ifupdown run it (it gives up 9 s"
          + " after it starts); the rendered files wait for the ports, so every boot waits {{forwarding}} s for its address";
  private static final String HINT =
      "set forward_delay: 2 (the ports forward after 4 s), or stp: false if the bridge has one physical port";

  public StpDelayFitsDhcp() {
    super(
        "stp-delay-fits-dhcp",
        Kind.ADVICE,
        Severity.WARNING,
        "a bridge with address dhcp and stp on has a forward_delay below 4.5 s (the kernel default is 15 s), so that boot waits for its"
            + " ports no longer than its DHCP client keeps asking (9 s)",
        new Message("forward-delay", START + "forward_delay {{delay}} s" + AFTER, HINT),
        new Message(
            "default-forward-delay",
            START + "the kernel's default forward_delay of 15 s" + AFTER,
            HINT),
        new Message(
            "gentoo",
            START
                + "a forward_delay of {{delay}} s: its ports forward only after {{forwarding}} s, longer than netifrc's udhcpc keeps"
                + " asking (-t 3 -T 3 --now: it gives up 9 s after it starts); net.{{bridge}} waits for them (carrier_timeout), so"
                + " every boot waits {{forwarding}} s for its address",
            HINT),
        new Message(
            "debian",
            START
                + "a forward_delay of {{delay}} s: its ports forward only after {{forwarding}} s, longer than ifupdown's udhcpc keeps"
                + " asking (it gives up 9 s after it starts; dhclient asks longer); ifup waits for them (bridge_maxwait), so every"
                + " boot waits {{forwarding}} s for its address",
            HINT));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (Bridge bridge : model.bridges().values()) {
      if (!bridge.dhcpWaitsForPorts()) {
        continue;
      }
      Duration forwarding = bridge.portsForwardAfter();
      if (forwarding.compareTo(CLIENT_GIVES_UP) < 0) {
        continue;
      }
      var delay = bridge.forwardDelay();
      var data =
          Map.of(
              "bridge",
              bridge.name().value(),
              "delay",
              new Seconds(forwarding.dividedBy(2)),
              "forwarding",
              new Seconds(forwarding));
      var at = delay.isPresent() ? delay.get().at() : bridge.stp().orElseThrow().at();
      String message =
          model
              .distro()
              .map(Distro::id)
              .orElse(delay.isPresent() ? "forward-delay" : "default-forward-delay");
      reporter.report(at, message, data);
    }
  }
}
