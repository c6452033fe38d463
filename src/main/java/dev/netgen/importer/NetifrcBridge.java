package dev.netgen.importer;

import dev.netgen.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One netifrc bridge: bridge_X, its timers (centiseconds), the old brctl_X form (seconds), address,
 * MAC.
 */
final class NetifrcBridge {
  private final Reading r;
  private final String name;
  private final Map<String, ShellFile.Assignment> v;
  private final Draft.BridgeDraft b;

  NetifrcBridge(Reading r, String name, Map<String, ShellFile.Assignment> v) {
    this.r = r;
    this.name = name;
    this.v = v;
    this.b = r.draft.bridge(name);
  }

  void read() {
    var ports = v.remove("bridge_");
    b.ports = new Val("", ports.at());
    for (String port : GentooReader.words(ports.value())) {
      r.device(port, ports.at()).ifPresent(b.portList::add);
    }
    var config = v.remove("config_");
    if (config != null) {
      // one entry a line, as for an interface; IPv6 lines are not imported yet
      var lines = GentooReader.lines(config.value());
      if (lines.size() > 1) {
        r.leave(
            config.at(),
            "config_ of bridge "
                + name
                + " has "
                + lines.size()
                + " entries; the model holds one address here (imported the first)");
      }
      r.address(lines.isEmpty() ? "" : lines.get(0), config.at()).ifPresent(a -> b.address = a);
    }
    var routes = v.remove("routes_");
    if (routes != null) {
      new GentooReader(r).gateway(routes).ifPresent(g -> b.gateway = g);
    }
    var mac = v.remove("mac_");
    if (mac != null) {
      r.mac(mac.value().strip(), mac.at()).ifPresent(m -> b.mac = m);
    }
    var stp = v.remove("bridge_stp_state_");
    if (stp != null) {
      switch (stp.value().strip()) {
        case "1" -> b.stp = new Val("true", stp.at());
        case "0" -> b.stp = new Val("false", stp.at());
        default ->
            r.leave(
                stp.at(),
                stp.name() + "=" + Text.forMessage(stp.value()) + ": STP state is 0 or 1");
      }
    }
    var fd = v.remove("bridge_forward_delay_");
    if (fd != null) {
      centiseconds(fd).ifPresent(s -> b.forwardDelay = s);
    }
    var hello = v.remove("bridge_hello_time_");
    if (hello != null) {
      centiseconds(hello).ifPresent(s -> b.helloTime = s);
    }
    var brctl = v.remove("brctl_");
    if (brctl != null) {
      brctl(brctl);
    }
    new GentooReader(r).rest(name, v);
  }

  /** netifrc writes bridge timers to sysfs, whose unit is the centisecond (200 = 2 s). */
  private java.util.Optional<Val> centiseconds(ShellFile.Assignment a) {
    String t = a.value().strip();
    if (!t.matches("[0-9]{1,6}")) {
      return r.leaveEmpty(
          a.at(), a.name() + "=" + Text.forMessage(t) + ": bridge timers are whole centiseconds");
    }
    String seconds = new BigDecimal(t).movePointLeft(2).stripTrailingZeros().toPlainString();
    return r.seconds(seconds, a.at());
  }

  /**
   * The deprecated brctl_X: netifrc runs `brctl SUBCOMMAND BRIDGE ARGS` once per line (one array
   * element or one line of the string), in seconds. On one line brctl applies only the first
   * subcommand; import takes them all, as the line means, and says so.
   */
  private void brctl(ShellFile.Assignment a) {
    for (String line : a.array() ? a.words() : GentooReader.lines(a.value())) {
      var w = GentooReader.words(line);
      var taken = new ArrayList<String>();
      for (int i = 0; i + 1 < w.size(); i += 2) {
        String cmd = w.get(i);
        String arg = w.get(i + 1);
        switch (cmd) {
          case "setfd" -> r.seconds(arg, a.at()).ifPresent(s -> b.forwardDelay = s);
          case "sethello" -> r.seconds(arg, a.at()).ifPresent(s -> b.helloTime = s);
          case "stp" -> {
            if (List.of("on", "yes", "1").contains(arg)) {
              b.stp = new Val("true", a.at());
            } else if (List.of("off", "no", "0").contains(arg)) {
              b.stp = new Val("false", a.at());
            } else {
              r.leave(a.at(), "brctl stp " + Text.forMessage(arg) + ": on or off");
            }
          }
          default -> {
            r.leave(
                a.at(),
                "brctl " + Text.forMessage(cmd) + " is not modelled (only setfd, sethello, stp)");
            continue;
          }
        }
        taken.add(cmd + " " + arg);
      }
      if (w.size() % 2 != 0) {
        r.leave(
            a.at(), "brctl line " + Text.forMessage(line) + " ends with a word without its value");
      }
      if (taken.size() > 1) {
        r.leave(
            a.at(),
            "brctl_"
                + GentooReader.ifvar(name)
                + " runs brctl once per line, and brctl applies only the"
                + " first subcommand of a line ("
                + taken.get(0)
                + "): imported as the line means ("
                + String.join(", ", taken)
                + "); write one subcommand per line, or netifrc's bridge_*_"
                + GentooReader.ifvar(name)
                + " variables");
      }
    }
  }
}
