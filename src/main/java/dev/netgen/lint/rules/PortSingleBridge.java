package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** port-single-bridge: a device is enslaved to at most one bridge, once. */
public final class PortSingleBridge extends Rule {
  public PortSingleBridge() {
    super(
        "port-single-bridge",
        Kind.SAFETY,
        Severity.ERROR,
        "a device is a port of at most one bridge, and is listed once",
        new Message(
            "listed-twice",
            "'{{port}}' is listed twice in the ports of bridge '{{bridge}}' (line {{line}})",
            "remove the second one"),
        new Message(
            "second-bridge",
            "'{{port}}' is already a port of bridge '{{bridge}}' (line {{line}})",
            "a device can join one bridge only: remove it from one of them, or give this bridge its own device"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var ports = new Occurrences<String, String>();
    for (var bridge : model.bridges().values()) {
      for (var port : bridge.ports()) {
        ports.add(port.value().text(), port.at(), bridge.name().value().text());
      }
    }
    ports.forEachRepeat(
        (first, repeat) ->
            reporter.report(
                repeat.at(),
                first.owner().equals(repeat.owner()) ? "listed-twice" : "second-bridge",
                Map.of("port", repeat.key(), "bridge", first.owner(), "line", first.at().line())));
  }
}
