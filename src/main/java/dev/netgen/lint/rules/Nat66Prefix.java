package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Bridge;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * nat66-prefix: NAT66 masquerades a unique local prefix (fc00::/7), which the bridge has, and the
 * host forwards IPv6.
 */
public final class Nat66Prefix extends Rule {
  public Nat66Prefix() {
    super(
        "nat66-prefix",
        Kind.ADVICE,
        Severity.ERROR,
        "nat.ipv6 masquerades a fixed unique local (fc00::/7) prefix of the bridge, with IPv6"
            + " forwarding on",
        new Message(
            "no-prefix",
            "bridge '{{bridge}}' has nat.ipv6 but no fixed IPv6 address: there is no prefix to"
                + " masquerade",
            "add a unique local address such as fd42:1::1/64 to address6 of '{{bridge}}'"),
        new Message(
            "not-ula",
            "prefix {{prefix}} of bridge '{{bridge}}' is not unique local (fc00::/7): NAT66 would"
                + " hide a routable prefix behind the uplink's address",
            "use a prefix from fd00::/8 (RFC 4193) for a NAT66 bridge, or route the global prefix"
                + " (mode routed) instead"),
        new Message(
            "forwarding-off",
            "forwarding.ipv6 is false, but bridge '{{bridge}}' (line {{line}}) has nat.ipv6: the"
                + " host would drop the guests' IPv6 instead of routing it",
            "write ipv6: true, or leave it out (it defaults to true with nat.ipv6)"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (Bridge bridge : model.bridges().values()) {
      if (!bridge.nat66()) {
        continue;
      }
      var at = bridge.nat().orElseThrow().ipv6().orElseThrow().at();
      var prefixes = bridge.staticCidr6();
      if (prefixes.isEmpty()) {
        reporter.report(at, "no-prefix", Map.of("bridge", bridge.name().value()));
      }
      for (var form : bridge.address6()) {
        bridge.staticCidr6().stream()
            .filter(c -> form.value().text().equals(c.toString()) && !c.address().uniqueLocal())
            .findFirst()
            .ifPresent(
                c ->
                    reporter.report(
                        form.at(),
                        "not-ula",
                        Map.of("bridge", bridge.name().value(), "prefix", c.subnet())));
      }
      model
          .forwarding()
          .ipv6()
          .filter(on -> !on.value())
          .map(Located::at)
          .ifPresent(
              off ->
                  reporter.report(
                      off,
                      "forwarding-off",
                      Map.of("bridge", bridge.name().value(), "line", bridge.name().at().line())));
    }
  }
}
