package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** name-unique: one name, one device, across interfaces, taps and bridges. */
public final class NameUnique extends Rule {
  public NameUnique() {
    super(
        "name-unique",
        Kind.SAFETY,
        Severity.ERROR,
        "one name, one device: an interface, a tap and a bridge never share a name",
        new Message(
            "same-name",
            "{{device}} has the same name as {{first}} (line {{line}})",
            "a name is one device: rename one of them"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var names = new Occurrences<String, String>();
    for (var device : wiring.devices()) {
      names.add(device.name().value().text(), device.name().at(), device.label());
    }
    names.forEachRepeat(
        (first, repeat) ->
            reporter.report(
                repeat.at(),
                "same-name",
                Map.of(
                    "device", repeat.owner(), "first", first.owner(), "line", first.at().line())));
  }
}
