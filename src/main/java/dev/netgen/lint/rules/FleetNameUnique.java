package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.FleetReporter;
import dev.netgen.lint.FleetRule;
import dev.netgen.lint.Lan;
import dev.netgen.lint.Message;
import dev.netgen.lint.Shared;
import dev.netgen.model.Domain;
import java.util.Map;

/** fleet-name-unique: no two hosts on one LAN with the same host.name. */
public final class FleetNameUnique extends FleetRule {
  public FleetNameUnique() {
    super(
        "fleet-name-unique",
        Kind.ADVICE,
        Severity.ERROR,
        "no two hosts on one LAN have the same host.name",
        new Message(
            "same-name",
            "host name {{name}} on the LAN {{lan}} is also the name of {{first}}",
            "give each host on the LAN its own name: the router's leases, DNS and the headers of the rendered files tell hosts apart by it"));
  }

  @Override
  public void check(Lan lan, FleetReporter reporter) {
    var names = new Shared<Domain, String>();
    for (Lan.Host host : lan.hosts()) {
      host.model().host().name().ifPresent(n -> names.add(n.value(), host, n.at(), ""));
    }
    names.forEachClash(
        (first, later) ->
            reporter.report(
                later.at(),
                first.at(),
                "same-name",
                Map.of("name", later.key(), "lan", lan.subnet(), "first", first.host().ofFile())));
  }
}
