package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Guest;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.PortForward;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * forward-unique: a host port forwarded twice. A forward without from: takes the port on every host
 * address, so it collides with any other forward of that port, with or without from:.
 */
public final class ForwardUnique extends Rule {
  private record Use(Guest guest, PortForward forward) {}

  public ForwardUnique() {
    super(
        "forward-unique",
        Kind.SAFETY,
        Severity.ERROR,
        "a host port is forwarded to one guest only",
        new Message(
            "twice",
            "{{proto}} port {{port}}{{on}} is forwarded to guest '{{guest}}' here and to guest '{{first}}' at line {{line}}:"
                + " the first rule takes every connection",
            "forward another host port, or give each forward its own from: address"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var exact = new Occurrences<String, Use>();
    var any = new Occurrences<String, Use>();
    for (Guest guest : model.guests().values()) {
      for (PortForward f : guest.forwards()) {
        String port = f.proto().value().id() + "/" + f.port().value();
        String from = f.from().map(l -> l.value().toString()).orElse("any");
        exact.add(port + "@" + from, f.port().at(), new Use(guest, f));
        any.add(port, f.port().at(), new Use(guest, f));
      }
    }
    exact.forEachRepeat((first, repeat) -> report(reporter, first.owner(), repeat.owner()));
    // different from: addresses share a port; a forward on every address shares it with none
    any.forEachRepeat(
        (first, repeat) -> {
          boolean oneOnAll =
              first.owner().forward().from().isEmpty() || repeat.owner().forward().from().isEmpty();
          boolean sameFrom =
              first
                  .owner()
                  .forward()
                  .from()
                  .map(Located::value)
                  .equals(repeat.owner().forward().from().map(Located::value));
          if (oneOnAll && !sameFrom) {
            report(reporter, first.owner(), repeat.owner());
          }
        });
  }

  private static void report(Reporter reporter, Use first, Use repeat) {
    var f = repeat.forward();
    reporter.report(
        f.port().at(),
        "twice",
        Map.of(
            "proto", f.proto().value().id(),
            "port", f.port().value(),
            "on", f.from().map(l -> " on " + l.value()).orElse(""),
            "guest", repeat.guest().name().value(),
            "first", first.guest().name().value(),
            "line", first.forward().port().at().line()));
  }
}
