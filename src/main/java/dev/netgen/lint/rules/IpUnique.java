package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;

/** ip-unique: no address given to two interfaces, bridges or guest reservations. */
public final class IpUnique extends Rule {
  public IpUnique() {
    super(
        "ip-unique",
        Kind.ADVICE,
        Severity.ERROR,
        "no IPv4 address is used twice by interfaces, bridges and guest reservations",
        new Message(
            "shared",
            "address {{address}} of {{owner}} is also used by {{first}} (line {{line}})",
            "give each interface, bridge and guest reservation its own address"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var addresses = new Occurrences<Ipv4, String>();
    for (var iface : model.interfaces().values()) {
      add(addresses, iface.address(), "interface '" + iface.name().value() + "'");
    }
    for (var bridge : model.bridges().values()) {
      add(addresses, bridge.address(), "bridge '" + bridge.name().value() + "'");
    }
    for (var nic : wiring.guestNics()) {
      nic.nic().ip().ifPresent(ip -> addresses.add(ip.value(), ip.at(), nic.label()));
    }
    addresses.forEachRepeat(
        (first, repeat) ->
            reporter.report(
                repeat.at(),
                "shared",
                Map.of(
                    "address",
                    repeat.key(),
                    "owner",
                    repeat.owner(),
                    "first",
                    first.owner(),
                    "line",
                    first.at().line())));
  }

  private static void add(
      Occurrences<Ipv4, String> addresses, Located<Address> address, String owner) {
    if (address.value() instanceof Address.Static s) {
      addresses.add(s.cidr().address(), address.at(), owner);
    }
  }
}
