package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Metric;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.Optional;

/**
 * one-default-gateway: a host has one way out, so the model has one gateway per metric: two
 * gateways with different gateway_metric values are a preferred route and its fallback. A warning,
 * not an error: netifrc copes (each interface's routes get a metric of their own), ifupdown does
 * not.
 */
public final class OneDefaultGateway extends Rule {
  public OneDefaultGateway() {
    super(
        "one-default-gateway",
        Kind.ADVICE,
        Severity.WARNING,
        "at most one interface or bridge has a gateway of each metric: each gateway is a default route",
        new Message(
            "second-route",
            "gateway {{gateway}} of {{owner}} is a second default route of metric {{metric}}: {{first}} has gateway {{firstGateway}} (line {{line}})",
            "keep one gateway, on the way to the internet, and remove the others, or rank them with gateway_metric (lower wins):"
                + " ifupdown fails to bring up {{owner}}, netifrc sends all traffic out of one of them"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    // one key for every gateway: the second and later are the findings
    var gateways = new Occurrences<String, Gateway>();
    for (var iface : model.interfaces().values()) {
      if (wiring
          .bridgeOf(iface.name().value().text())
          .isEmpty()) { // a port's gateway is port-has-no-address's
        add(
            gateways,
            iface.address(),
            iface.gateway(),
            iface.gatewayMetric(),
            "interface '" + iface.name().value() + "'");
      }
    }
    for (var bridge : model.bridges().values()) {
      add(
          gateways,
          bridge.address(),
          bridge.gateway(),
          bridge.gatewayMetric(),
          "bridge '" + bridge.name().value() + "'");
    }
    gateways.forEachRepeat(
        (first, repeat) ->
            reporter.report(
                repeat.at(),
                "second-route",
                Map.of(
                    "gateway", repeat.owner().address(),
                    "metric", repeat.owner().metric(),
                    "owner", repeat.owner().owner(),
                    "first", first.owner().owner(),
                    "firstGateway", first.owner().address(),
                    "line", first.at().line())));
  }

  private record Gateway(String owner, Ipv4 address, Metric metric) {}

  /**
   * Only a gateway next to a CIDR address becomes a route; one next to dhcp or none is
   * gateway-in-subnet's finding, and counting it here too would report one mistake twice.
   */
  private static void add(
      Occurrences<String, Gateway> gateways,
      Located<Address> address,
      Optional<Located<Ipv4>> gateway,
      Optional<Located<Metric>> metric,
      String owner) {
    if (address.value() instanceof Address.Static) {
      // The kernel refuses a second default route only at the same metric (0 when none is written).
      Metric m = metric.map(Located::value).orElse(Metric.NONE);
      gateway.ifPresent(
          gw -> gateways.add("default metric " + m, gw.at(), new Gateway(owner, gw.value(), m)));
    }
  }
}
