package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.FleetReporter;
import dev.netgen.lint.FleetRule;
import dev.netgen.lint.Lan;
import dev.netgen.lint.Message;
import dev.netgen.lint.Shared;
import dev.netgen.model.Address;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import java.util.Map;

/**
 * fleet-ip-unique: no address of the shared LAN's subnet is a static address or a guest reservation
 * on two hosts. Addresses outside that subnet (a NAT bridge's own network) stay behind each host.
 */
public final class FleetIpUnique extends FleetRule {
  private static final String HINT =
      "split the LAN's addresses between the hosts, e.g. one block of static addresses and reservations per host";

  public FleetIpUnique() {
    super(
        "fleet-ip-unique",
        Kind.ADVICE,
        Severity.ERROR,
        "no address of a shared LAN is a static address or a reservation on two hosts",
        new Message(
            "static",
            "address {{address}} of {{owner}} on the LAN {{lan}} is also used by {{first}} of {{firstHost}}",
            HINT),
        new Message(
            "reserved",
            "address {{address}} reserved for {{owner}} on the LAN {{lan}} is also used by {{first}} of {{firstHost}}",
            HINT));
  }

  /** Who uses an address, and whether it is a guest's reservation. */
  private record User(String label, boolean reservation) {}

  @Override
  public void check(Lan lan, FleetReporter reporter) {
    var addresses = new Shared<Ipv4, User>();
    for (Lan.Host host : lan.hosts()) {
      for (var iface : host.model().interfaces().values()) {
        add(addresses, lan, host, iface.address(), "interface '" + iface.name().value() + "'");
      }
      for (var bridge : host.model().bridges().values()) {
        add(addresses, lan, host, bridge.address(), "bridge '" + bridge.name().value() + "'");
      }
      for (var nic : host.wiring().guestNics()) {
        nic.nic()
            .ip()
            .filter(ip -> lan.subnet().contains(ip.value()))
            .ifPresent(ip -> addresses.add(ip.value(), host, ip.at(), new User(nic.label(), true)));
      }
    }
    addresses.forEachClash(
        (first, later) ->
            reporter.report(
                later.at(),
                first.at(),
                later.owner().reservation() ? "reserved" : "static",
                Map.of(
                    "address",
                    later.key(),
                    "owner",
                    later.owner().label(),
                    "lan",
                    lan.subnet(),
                    "first",
                    first.owner().label(),
                    "firstHost",
                    first.host().label())));
  }

  private static void add(
      Shared<Ipv4, User> addresses,
      Lan lan,
      Lan.Host host,
      Located<Address> address,
      String owner) {
    if (address.value() instanceof Address.Static s && lan.subnet().contains(s.cidr().address())) {
      addresses.add(s.cidr().address(), host, address.at(), new User(owner, false));
    }
  }
}
