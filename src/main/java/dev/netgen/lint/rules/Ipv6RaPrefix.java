package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address6;
import dev.netgen.model.Bridge;
import dev.netgen.model.Cidr6;
import dev.netgen.model.Dhcp6Server;
import dev.netgen.model.Model;
import dev.netgen.model.Ra6Mode;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * ipv6-ra-prefix: a bridge whose dnsmasq sends router advertisements has a fixed IPv6 prefix to
 * advertise, a /64 where guests build their own addresses (SLAAC), and a DHCPv6 pool inside it.
 */
public final class Ipv6RaPrefix extends Rule {
  public Ipv6RaPrefix() {
    super(
        "ipv6-ra-prefix",
        Kind.ADVICE,
        Severity.ERROR,
        "a bridge serving IPv6 has a fixed IPv6 prefix, /64 for SLAAC, holding its DHCPv6 range",
        new Message(
            "no-prefix",
            "bridge '{{bridge}}' serves IPv6 ({{mode}}) but has no fixed IPv6 address: there is no"
                + " prefix to advertise",
            "add an address such as fd42:1::1/64 to address6 of '{{bridge}}'"),
        new Message(
            "not-64",
            "prefix {{prefix}} of bridge '{{bridge}}' is not a /64, but mode {{mode}} has guests"
                + " build their addresses by SLAAC, which works on /64 prefixes only",
            "give '{{bridge}}' a /64, or use mode stateful"),
        new Message(
            "no-range",
            "mode stateful on bridge '{{bridge}}' has no range: DHCPv6 would lease nothing",
            "add range: [FIRST, LAST] inside {{prefix}}"),
        new Message(
            "range-outside",
            "DHCPv6 range address {{ip}} of bridge '{{bridge}}' is outside its prefix {{prefix}}",
            "choose a range inside {{prefix}}"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (Bridge bridge : model.bridges().values()) {
      bridge.dhcpServer().flatMap(d -> d.ipv6()).ifPresent(d -> check(bridge, d, reporter));
    }
  }

  private static void check(Bridge bridge, Dhcp6Server dhcp6, Reporter reporter) {
    Ra6Mode mode = dhcp6.mode().value();
    var fixed =
        bridge.address6().stream().filter(a -> a.value() instanceof Address6.Static).findFirst();
    if (fixed.isEmpty()) {
      reporter.report(
          dhcp6.at(), "no-prefix", Map.of("bridge", bridge.name().value(), "mode", mode.id()));
      return;
    }
    Cidr6 prefix = ((Address6.Static) fixed.get().value()).cidr();
    var data =
        Map.of("bridge", bridge.name().value(), "mode", mode.id(), "prefix", prefix.subnet());
    if (mode.autonomous() && prefix.prefix() != 64) {
      reporter.report(fixed.get().at(), "not-64", data);
    }
    if (mode == Ra6Mode.STATEFUL && dhcp6.range().isEmpty()) {
      reporter.report(dhcp6.mode().at(), "no-range", data);
    }
    dhcp6
        .range()
        .ifPresent(
            range -> {
              for (var end : java.util.List.of(range.start(), range.end())) {
                if (!prefix.contains(end.value())) {
                  reporter.report(
                      end.at(),
                      "range-outside",
                      Map.of(
                          "ip",
                          end.value(),
                          "bridge",
                          bridge.name().value(),
                          "prefix",
                          prefix.subnet()));
                }
              }
            });
  }
}
