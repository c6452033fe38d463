package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.lint.Topology.OwnedMac;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;

/** mac-unique: no MAC on two devices or guest NICs. */
public final class MacUnique implements Rule {
  @Override
  public String id() {
    return "mac-unique";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "no MAC is used by two devices or guest NICs anywhere in the model";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        Two devices with one MAC on the same Ethernet segment make switches and bridges send one's
        frames to the other; dnsmasq gives both the same reservation. Even on different bridges a
        repeated MAC is a copy-paste slip waiting for the day the two meet.

        A common form, from the seed article: giving the guest NIC its tap's MAC. The tap is the
        host's end of the virtual cable and the guest NIC the other end: with one MAC on both,
        frames for the guest are delivered to the host (the bridge treats the tap's MAC as local),
        and an ebtables dnat to that MAC sends the guest's traffic to the host instead. The guest
        NIC needs its own MAC (QEMU's -device ...,mac=); the tap needs none at all.
        """,
        """
        version: 1
        taps:
          tap0:
            mac: 32:7f:aa:56:59:02
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
        guests:
          win7:
            nics:
              - tap: tap0
                mac: 32:7f:aa:56:59:02
        """,
        """
        version: 1
        taps:
          tap0:
            mac: 32:7f:aa:56:59:02
        bridges:
          br0:
            ports: [tap0]
            address: 172.16.1.1/24
        guests:
          win7:
            nics:
              - tap: tap0
                mac: 52:54:00:56:59:02
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    var macs = new Occurrences<Mac, OwnedMac>();
    for (OwnedMac owned : Topology.of(model).macs()) {
      macs.add(owned.mac().value(), owned.mac().at(), owned);
    }
    macs.forEachRepeat(
        (first, repeat) ->
            sink.report(
                repeat.at(),
                "MAC " + repeat.key() + " of " + repeat.owner().owner() + " is also used by " + first.owner().owner()
                    + " (" + Topology.line(first.at()) + ")",
                hint(first.owner(), repeat.owner())));
  }

  private static String hint(OwnedMac first, OwnedMac repeat) {
    return plugsInto(first, repeat) || plugsInto(repeat, first)
        ? "a guest NIC is the far end of its tap, not the tap: give the NIC its own MAC, e.g. 52:54:00:xx:xx:xx"
        : "give each device and guest NIC its own MAC, e.g. 52:54:00:xx:xx:xx with distinct last octets";
  }

  /** True when nic is a guest NIC plugged into the tap that owns the other MAC. */
  private static boolean plugsInto(OwnedMac nic, OwnedMac tap) {
    return nic.nicTap().map(t -> tap.owner().equals("tap '" + t + "'")).orElse(false);
  }
}
