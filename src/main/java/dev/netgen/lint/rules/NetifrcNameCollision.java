package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import dev.netgen.text.Text;
import java.util.HashSet;
import java.util.Map;

/** netifrc-name-collision: two names that netifrc's variables cannot tell apart. */
public final class NetifrcNameCollision extends Rule {
  public NetifrcNameCollision() {
    super(
        "netifrc-name-collision",
        Kind.SAFETY,
        Severity.ERROR,
        "no two device names map to the same netifrc variable name (eth0.1 and eth0_1 both become eth0_1)",
        new Message(
            "same-variable",
            "{{device}} and {{first}} (line {{line}}) both become config_{{variable}} in netifrc",
            "rename one: netifrc turns every character other than a letter or digit into '_'"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
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
}
