package dev.netgen.lint;

import dev.netgen.lint.rules.*;
import java.util.List;
import java.util.Optional;

/**
 * The one list of rules, in the order `netgen rules` and the docs show them: SPEC's table first,
 * then the rules added after it. Adding a rule is one line here plus its class and fixtures.
 */
public final class RuleRegistry {
  private static final List<Rule> RULES =
      List.of(
          // SPEC.md's table
          new NameValid(),
          new NameUnique(),
          new NetifrcNameCollision(),
          new MacValid(),
          new MacUnique(),
          new IpUnique(),
          new PortExists(),
          new PortSingleBridge(),
          new PortHasNoAddress(),
          new NoWlanInBridge(),
          new TapSingleGuest(),
          new GuestTapBridged(),
          new UnusedTap(),
          new DhcpNeedsStaticAddress(),
          new NatNeedsStaticAddress(),
          new DhcpRangeInSubnet(),
          new DhcpRouterInSubnet(),
          new ReservationInSubnet(),
          new SubnetOverlap(),
          new DhcpRangeOverlapsUpstream(),
          new NatUplinkValid(),
          new NatNeedsForwarding(),
          new MacNatNeedsFixedIp(),
          new StpTimerRange(),
          new LeaseValid(),
          // issue 4, part 5
          new DhcpPoolFitsGuests(),
          new ReservationOutsidePool(),
          new StpForMultiplePorts(),
          new ForwardingWithoutNat(),
          new GuestMacNotQemuDefault(),
          new GuestMacLocal(),
          new StpDelayFitsDhcp(),
          // found in the seed article and FORMATS.md
          new NicModelKnown(),
          new GatewayInSubnet(),
          new FourAddrWirelessOnly(),
          new FixedIpOutsideUpstreamPool(),
          new DisabledRuleExists(),
          // found by running ifupdown in a namespace
          new OneDefaultGateway());

  private RuleRegistry() {}

  public static List<Rule> rules() {
    return RULES;
  }

  public static Optional<Rule> find(String id) {
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return RULES.stream().map(Rule::id).toList();
  }
}
