package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Cidr;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Metric;
import dev.netgen.model.Model;
import dev.netgen.model.Route;
import dev.netgen.model.Wiring;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * route-valid: a static route names a network and a router that its device reaches directly; the
 * kernel refuses anything else, and the refusal fails the device's start.
 */
public final class RouteValid extends Rule {
  public RouteValid() {
    super(
        "route-valid",
        Kind.ADVICE,
        Severity.ERROR,
        "a route goes to a network address, is not the default route, and its router is on a subnet of its device; a gateway_metric goes with a gateway",
        new Message(
            "not-network",
            "route to {{to}} of {{owner}} has host bits set: the network is {{network}}",
            "write to: {{network}}"),
        new Message(
            "default",
            "route to {{to}} of {{owner}} is a default route",
            "write gateway: {{via}} on {{owner}} instead (with gateway_metric: to rank it)"),
        new Message(
            "via-outside",
            "route via {{via}} of {{owner}} is outside its subnet {{subnet}}: the kernel refuses a router it cannot reach directly",
            "use a router on {{subnet}}, or put the route on the device whose subnet holds {{via}}"),
        new Message(
            "via-own",
            "route via {{via}} of {{owner}} is its own address",
            "use another router on {{subnet}}"),
        new Message(
            "no-subnet",
            "route via {{via}} of {{owner}} has no subnet to reach it on: the address is none",
            "give {{owner}} an address on the router's subnet"),
        new Message(
            "metric-without-gateway",
            "gateway_metric {{metric}} of {{owner}} ranks no route: it has no gateway",
            "write gateway: with it, or remove gateway_metric"),
        new Message(
            "on-port",
            "{{owner}} has routes but is a port of bridge '{{bridge}}', which carries the addresses",
            "move the routes to bridge '{{bridge}}'"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var iface : model.interfaces().values()) {
      String owner = "interface '" + iface.name().value() + "'";
      metricWithoutGateway(owner, iface.gateway(), iface.gatewayMetric(), reporter);
      var bridge = wiring.bridgeOf(iface.name().value().text());
      if (bridge.isPresent() && !iface.routes().isEmpty()) {
        reporter.report(
            iface.routes().get(0).at(),
            "on-port",
            Map.of("owner", owner, "bridge", bridge.get().name().value()));
        continue;
      }
      Optional<Cidr> subnet =
          iface.address().value() instanceof Address.Static s
              ? Optional.of(s.cidr())
              : Optional.empty();
      check(owner, iface.address().value(), subnet, iface.routes(), reporter);
    }
    for (var bridge : model.bridges().values()) {
      String owner = "bridge '" + bridge.name().value() + "'";
      metricWithoutGateway(owner, bridge.gateway(), bridge.gatewayMetric(), reporter);
      // A DHCP bridge with a LAN port lives on the LAN's subnet (upstream.subnet).
      Optional<Cidr> subnet = bridge.staticCidr().or(() -> wiring.subnetOf(bridge));
      check(owner, bridge.address().value(), subnet, bridge.routes(), reporter);
    }
  }

  private static void metricWithoutGateway(
      String owner,
      Optional<Located<Ipv4>> gateway,
      Optional<Located<Metric>> metric,
      Reporter reporter) {
    if (gateway.isEmpty() && metric.isPresent()) {
      reporter.report(
          metric.get().at(),
          "metric-without-gateway",
          Map.of("metric", metric.get().value(), "owner", owner));
    }
  }

  private static void check(
      String owner, Address address, Optional<Cidr> subnet, List<Route> routes, Reporter reporter) {
    for (Route route : routes) {
      Cidr to = route.to().value();
      var data =
          Map.<String, Object>of(
              "to", to,
              "owner", owner,
              "network", to.subnet(),
              "via", route.via().value(),
              "subnet", subnet.map(Cidr::subnet).map(Object::toString).orElse(""));
      if (to.prefix() == 0) {
        reporter.report(route.to().at(), "default", data);
      } else if (!to.isNetwork()) {
        reporter.report(route.to().at(), "not-network", data);
      }
      if (address instanceof Address.None) {
        reporter.report(route.via().at(), "no-subnet", data);
      } else if (subnet.isPresent() && !subnet.get().contains(route.via().value())) {
        reporter.report(route.via().at(), "via-outside", data);
      } else if (address instanceof Address.Static s
          && s.cidr().address().equals(route.via().value())) {
        reporter.report(route.via().at(), "via-own", data);
      }
    }
  }
}
