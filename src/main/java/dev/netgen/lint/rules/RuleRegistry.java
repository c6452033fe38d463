package dev.netgen.lint.rules;

import dev.netgen.lint.Linter;
import dev.netgen.lint.Rule;
import java.util.List;

/**
 * The one list of the model's rules, grouped by what they check, in the order `netgen rules` and
 * docs/rules.md show them. Adding a rule is one line here plus its class and its fixtures/rules/ID/
 * folder (README.md, good.yaml, bad.yaml, bad.expected); RuleCatalogueTest says what is missing.
 */
public final class RuleRegistry {
  private static final List<Rule> RULES =
      List.of(
          // names
          new NameValid(),
          new NameUnique(),
          new NetifrcNameCollision(),
          // paths
          new PathLength(),
          // MACs
          new MacValid(),
          new MacUnique(),
          new GuestMacLocal(),
          new GuestMacNotQemuDefault(),
          // addressing
          new IpUnique(),
          new SubnetOverlap(),
          new GatewayInSubnet(),
          new OneDefaultGateway(),
          new FixedIpOutsideUpstreamPool(),
          // routes and MTU
          new RouteValid(),
          new RouteUnique(),
          new BridgeMtuFitsPorts(),
          // ports
          new PortExists(),
          new PortSingleBridge(),
          new PortHasNoAddress(),
          new NoWlanInBridge(),
          new FourAddrWirelessOnly(),
          new NoVlanOnGentoo(),
          // start at boot
          new AutostartConsistent(),
          // DHCP
          new DhcpNeedsStaticAddress(),
          new DhcpRangeInSubnet(),
          new DhcpRouterInSubnet(),
          new DhcpRangeOverlapsUpstream(),
          new DhcpPoolFitsGuests(),
          new ReservationInSubnet(),
          new ReservationOutsidePool(),
          new LeaseValid(),
          // NAT
          new NatNeedsStaticAddress(),
          new NatUplinkValid(),
          new NatNeedsForwarding(),
          new ForwardingWithoutNat(),
          new MacNatNeedsFixedIp(),
          new BridgeModeNeeds(),
          // port forwards
          new ForwardTarget(),
          new ForwardUnique(),
          new ForwardReservedPort(),
          // IPv6
          new Ipv6LinkLocal(),
          new Ipv6PrefixOverlap(),
          new Ipv6RaPrefix(),
          new Ip6Reservation(),
          new Nat66Prefix(),
          new Ipv6ForwardingRa(),
          new Ipv6MacNat(),
          // STP
          new StpTimerRange(),
          new StpForMultiplePorts(),
          new StpDelayFitsDhcp(),
          // guests
          new TapSingleGuest(),
          new GuestTapBridged(),
          new UnusedTap(),
          new NicModelKnown(),
          // names in DNS
          new GuestNameHostname(),
          new GuestHostnameUnique(),
          new HostDnsDevice(),
          // across hosts on one LAN (netgen lint with several models)
          new FleetNameUnique(),
          new FleetMacUnique(),
          new FleetIpUnique(),
          new FleetDhcpPoolOverlap());

  private static final Linter LINTER = new Linter(RULES);

  private RuleRegistry() {}

  /** The model's rules; the linter adds its own disabled-rule-exists. */
  public static List<Rule> rules() {
    return RULES;
  }

  /** The linter with every rule: what lint and render run, and what `netgen rules` lists. */
  public static Linter linter() {
    return LINTER;
  }
}
