package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;

/** guest-mac-not-qemu-default: a guest NIC does not use the MAC QEMU gives every NIC by default. */
public final class GuestMacNotQemuDefault implements Rule {
  @Override
  public String id() {
    return "guest-mac-not-qemu-default";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "no guest NIC uses 52:54:00:12:34:56, QEMU's default MAC";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        QEMU gives a NIC started without mac= the address 52:54:00:12:34:56 (then :57, :58 for
        the next NICs of the same process), and it does so in every QEMU process. Any guest started
        by hand or by another tool without mac= therefore has this MAC, and collides with a guest
        of the model that wrote it explicitly, once both are on one bridge. mac-unique cannot see
        it, because the other guest is not in the model. A warning: it works until that other
        guest appears.
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:12:34:56
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:6b:1f:01
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    for (var nic : Topology.of(model).guestNics()) {
      var mac = nic.nic().mac();
      if (mac.value().equals(Mac.QEMU_DEFAULT)) {
        sink.report(
            mac.at(),
            "MAC " + mac.value() + " of " + nic.label() + " is QEMU's default: every guest started without mac= gets it too",
            "pick another address in 52:54:00:xx:xx:xx, e.g. with random last three octets");
      }
    }
  }
}
