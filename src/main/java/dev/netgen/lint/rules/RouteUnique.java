package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Route;
import dev.netgen.model.Wiring;
import java.util.List;
import java.util.Map;

/**
 * route-unique: the host's routing table holds one route per network and metric; a second one is
 * refused ("File exists"), and with it the start of its device.
 */
public final class RouteUnique extends Rule {
  public RouteUnique() {
    super(
        "route-unique",
        Kind.ADVICE,
        Severity.ERROR,
        "no two routes, on any devices, go to the same network with the same metric",
        new Message(
            "duplicate",
            "route to {{to}} (metric {{metric}}) of {{owner}} repeats the route of {{first}} (line {{line}})",
            "remove one, or give them different metrics (lower wins; the other is the fallback)"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var routes = new Occurrences<String, Owned>();
    for (var iface : model.interfaces().values()) {
      add(routes, "interface '" + iface.name().value() + "'", iface.routes());
    }
    for (var bridge : model.bridges().values()) {
      add(routes, "bridge '" + bridge.name().value() + "'", bridge.routes());
    }
    routes.forEachRepeat(
        (first, repeat) ->
            reporter.report(
                repeat.at(),
                "duplicate",
                Map.of(
                    "to", repeat.owner().route().to().value().subnet(),
                    "metric", repeat.owner().route().effectiveMetric(),
                    "owner", repeat.owner().owner(),
                    "first", first.owner().owner(),
                    "line", first.at().line())));
  }

  private record Owned(String owner, Route route) {}

  private static void add(Occurrences<String, Owned> routes, String owner, List<Route> list) {
    for (Route route : list) {
      String key = route.to().value().subnet() + " metric " + route.effectiveMetric();
      routes.add(key, route.at(), new Owned(owner, route));
    }
  }
}
