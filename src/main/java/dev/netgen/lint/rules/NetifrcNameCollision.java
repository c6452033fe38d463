package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.lint.rules.NetifrcVariables.Role;
import dev.netgen.model.Distro;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import dev.netgen.text.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

/**
 * netifrc-name-collision: two names that netifrc's variables cannot tell apart, either because they
 * are one name after shell_var() or because a variable written for one is a variable netifrc reads
 * for the other (NetifrcVariables has the table of both). Quiet for Debian: ifupdown and the
 * firewall scripts use the names as they are.
 */
public final class NetifrcNameCollision extends Rule {
  public NetifrcNameCollision() {
    super(
        "netifrc-name-collision",
        Kind.SAFETY,
        Severity.ERROR,
        "no variable conf.d/net writes for a device is one netifrc reads for another (eth0.1 and eth0_1 both become eth0_1; bridge stp_state_b writes bridge_stp_state_b, bridge b's STP setting)",
        new Message(
            "same-variable",
            "{{device}} and {{first}} (line {{line}}) both become config_{{variable}} in netifrc",
            "rename one: netifrc turns every character other than a letter or digit into '_'"),
        new Message(
            "read-as-other",
            "{{device}} gets the variable {{variable}} in conf.d/net, which netifrc reads as {{pattern}}, a setting of {{other}} (line {{line}})",
            "rename {{device}} so that its name does not end or start with another device's name after a netifrc prefix"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    if (model.distro().equals(Optional.of(Distro.DEBIAN))) {
      return;
    }
    var variables = new Occurrences<String, String>();
    var names = new HashSet<String>();
    for (var device : wiring.devices()) {
      if (names.add(device.name().value().text())) { // the very same name twice is name-unique's
        variables.add(
            Text.forNetifrcVariable(device.name().value().text()),
            device.name().at(),
            device.label());
      }
    }
    readAsOther(wiring, reporter);
    variables.forEachRepeat(
        (first, repeat) ->
            reporter.report(
                repeat.at(),
                "same-variable",
                Map.of(
                    "device",
                    repeat.owner(),
                    "first",
                    first.owner(),
                    "line",
                    first.at().line(),
                    "variable",
                    repeat.key())));
  }

  /** Each device's first written variable that netifrc reads as another device's setting. */
  private static void readAsOther(Wiring wiring, Reporter reporter) {
    var byVariable = new HashMap<String, Wiring.Device>();
    for (var device : wiring.devices()) {
      byVariable.putIfAbsent(Text.forNetifrcVariable(device.name().value().text()), device);
    }
    for (var device : wiring.devices()) {
      String owner = Text.forNetifrcVariable(device.name().value().text());
      for (String variable : NetifrcVariables.written(Role.of(device.kind()), owner)) {
        var reading = NetifrcVariables.readAsOther(variable, owner, byVariable.keySet());
        var other = reading.map(r -> byVariable.get(r.device()));
        if (other.isPresent() && !bothWriteIt(device, other.get(), variable)) {
          reporter.report(
              device.name().at(),
              "read-as-other",
              Map.of(
                  "device",
                  device.label(),
                  "variable",
                  variable,
                  "pattern",
                  reading.get().pattern(),
                  "other",
                  other.get().label(),
                  "line",
                  other.get().name().at().line()));
          break;
        }
      }
    }
  }

  /**
   * Both devices write this very variable and device comes first: the finding goes to the later one
   * only, as for a repeated name.
   */
  private static boolean bothWriteIt(Wiring.Device device, Wiring.Device other, String variable) {
    var theirs =
        NetifrcVariables.written(
            Role.of(other.kind()), Text.forNetifrcVariable(other.name().value().text()));
    return theirs.contains(variable) && device.name().at().compareTo(other.name().at()) < 0;
  }
}
