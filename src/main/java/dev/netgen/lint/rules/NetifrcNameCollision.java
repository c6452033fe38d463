package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;
import dev.netgen.text.Text;
import java.util.HashSet;

/** netifrc-name-collision: two names that netifrc's variables cannot tell apart. */
public final class NetifrcNameCollision implements Rule {
  @Override
  public String id() {
    return "netifrc-name-collision";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "no two device names map to the same netifrc variable name (eth0.1 and eth0_1 both become eth0_1)";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        netifrc reads an interface's settings from variables named after it, config_NAME,
        bridge_NAME, mac_NAME, with NAME passed through OpenRC's shell_var(): every character
        other than a letter or a digit becomes '_'. So eth0.1, eth0-1 and eth0_1 all read
        config_eth0_1; br-0, br.0 and br_0 all read bridge_br_0. Two such devices would share one
        configuration, and /etc/conf.d/net would assign the variable twice, the last one winning.
        """,
        """
        version: 1
        interfaces:
          eth0.1: {}
          eth0_1: {}
        """,
        """
        version: 1
        interfaces:
          eth0.1: {}
          eth0.2: {}
        """);
  }

  @Override
  public void check(Model model, Topology topology, DiagnosticSink sink) {
    var variables = new Occurrences<String, String>();
    var names = new HashSet<String>();
    for (var device : topology.devices()) {
      if (names.add(device.name().value().text())) { // the very same name twice is name-unique's
        variables.add(Text.forNetifrcVariable(device.name().value().text()), device.name().at(), device.label());
      }
    }
    variables.forEachRepeat(
        (first, repeat) ->
            sink.report(
                repeat.at(),
                repeat.owner() + " and " + first.owner() + " (" + Topology.line(first.at()) + ") both become config_"
                    + repeat.key() + " in netifrc",
                "rename one: netifrc turns every character other than a letter or digit into '_'"));
  }
}
