package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Address;
import dev.netgen.model.Model;
import java.time.Duration;

/** stp-delay-fits-dhcp: a DHCP bridge with STP starts forwarding before its DHCP client gives up. */
public final class StpDelayFitsDhcp implements Rule {
  /** The kernel's forward delay when none is set. */
  static final Duration KERNEL_DEFAULT = Duration.ofSeconds(15);
  /**
   * netifrc's udhcpc sends 3 discovers about 9 s apart, the last at about 18 s, and gives up at
   * about 27 s: a port that forwards only from 18 s on lets none of them through.
   */
  static final Duration LAST_DISCOVER = Duration.ofSeconds(18);

  @Override
  public String id() {
    return "stp-delay-fits-dhcp";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a bridge with address dhcp and stp on has a forward_delay short enough for its DHCP client (below 9 s; the kernel default is 15 s)";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        With STP on, a bridge port passes no frames for 2 x forward_delay after it joins (listening,
        then learning). Without forward_delay the kernel default of 15 s applies, so the port
        forwards only after 30 s. A DHCP client started with the bridge sends its requests into a
        port that drops them: netifrc's udhcpc sends 3 discovers about 9 s apart (the last at
        about 18 s) and gives up at about 27 s, so the bridge never gets its address at boot. This
        was reproduced with netifrc; 2 s worked.

        netgen warns when 2 x forward_delay reaches the last discover, i.e. forward_delay of 9 s or
        more, or unset. A warning, not an error: other DHCP clients wait longer (dhclient, the
        Debian default, retries for 60 s). Set forward_delay: 2, or turn STP off when the bridge
        has only one physical port and so cannot form a loop.
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
        """);
  }

  @Override
  public void check(Model model, Topology topology, DiagnosticSink sink) {
    for (var bridge : model.bridges().values()) {
      if (!bridge.stpOn() || !(bridge.address().value() instanceof Address.Dhcp)) {
        continue;
      }
      Duration forwardDelay = bridge.forwardDelay().map(d -> d.value().duration()).orElse(KERNEL_DEFAULT);
      if (forwardDelay.multipliedBy(2).compareTo(LAST_DISCOVER) < 0) {
        continue;
      }
      var at = bridge.forwardDelay().map(d -> d.at()).orElse(bridge.stp().get().at());
      String delay = bridge.forwardDelay().map(d -> "forward_delay " + d.value() + " s").orElse("the kernel's default forward_delay of 15 s");
      sink.report(
          at,
          "bridge '" + bridge.name().value() + "' takes its address by DHCP with STP on and " + delay + ": its ports forward only after "
              + new dev.netgen.model.Seconds(forwardDelay.multipliedBy(2)) + " s, after netifrc's udhcpc has sent its last discover (about 18 s)",
          "set forward_delay: 2, or stp: false if the bridge has one physical port");
    }
  }
}
