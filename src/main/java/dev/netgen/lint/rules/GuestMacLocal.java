package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;

/** guest-mac-local: a guest NIC's MAC is a locally administered one. */
public final class GuestMacLocal implements Rule {
  @Override
  public String id() {
    return "guest-mac-local";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a guest NIC's MAC is locally administered (bit 0x02 of the first octet), e.g. QEMU's 52:54:00 prefix";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        A MAC whose first octet has bit 0x02 clear is universally administered: its first three
        octets are a vendor's OUI, and the vendor promises that no two of its NICs share an
        address. A made-up MAC in a real vendor's range can collide with a real card on the LAN
        (the seed's 00:26:c6:21:cf:02 is in an Intel range). Addresses with bit 0x02 set are
        locally administered and never burnt into hardware; 52:54:00 is the prefix QEMU and
        libvirt use for guests.

        A real vendor MAC is fine when it was copied on purpose from a real NIC, for example when a
        physical machine was turned into this guest and its licence or DHCP reservation is bound
        to the old card's address. That is why this is a warning; disable it for such a model with
        lint: {disable: [guest-mac-local]} or --disable guest-mac-local.
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
        guests:
          win7:
            nics:
              - tap: tap0
                mac: 00:26:c6:21:cf:02
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
        guests:
          win7:
            nics:
              - tap: tap0
                mac: 52:54:00:21:cf:02
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    for (var nic : Topology.of(model).guestNics()) {
      var mac = nic.nic().mac();
      if (!mac.value().locallyAdministered() && !mac.value().multicast() && !mac.value().allZero()) {
        String suggestion = String.format("52:54:00:%02x:%02x:%02x", mac.value().octet(3), mac.value().octet(4), mac.value().octet(5));
        sink.report(
            mac.at(),
            "MAC " + mac.value() + " of " + nic.label() + " is universally administered: it lies in a hardware vendor's range",
            "use a locally administered MAC such as " + suggestion + " (QEMU's prefix), unless it was copied from a real NIC on purpose");
      }
    }
  }
}
