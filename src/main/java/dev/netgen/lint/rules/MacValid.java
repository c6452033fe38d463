package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;

/** mac-valid: every MAC is one a device can have: unicast and not all zero. */
public final class MacValid implements Rule {
  @Override
  public String id() {
    return "mac-valid";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "every MAC is a unicast address (bit 0x01 of the first octet clear) and not all zero";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        A MAC whose first octet has bit 0x01 set is a multicast address (ff:ff:ff:ff:ff:ff, the
        broadcast address, is one too): it names a group, not a device. The kernel refuses it for
        an interface (`ip link set ... address` fails with "Cannot assign requested address"), and
        so does it refuse 00:00:00:00:00:00. QEMU's -device accepts a multicast MAC for a guest NIC,
        but the guest then cannot receive frames addressed to it. The loader checks only the shape
        (six hex octets); this rule checks that the address is usable.
        """,
        """
        version: 1
        taps:
          tap0:
            mac: 01:54:00:aa:bb:cc
        bridges:
          br0:
            ports: [tap0]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """,
        """
        version: 1
        taps:
          tap0:
            mac: 52:54:00:aa:bb:cc
        bridges:
          br0:
            ports: [tap0]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    for (var owned : Topology.of(model).macs()) {
      Mac mac = owned.mac().value();
      if (mac.allZero()) {
        sink.report(
            owned.mac().at(),
            "MAC " + mac + " of " + owned.owner() + " is all zero; the kernel refuses it",
            "use a unicast, locally administered MAC, e.g. 52:54:00:xx:xx:xx");
      } else if (mac.multicast()) {
        sink.report(
            owned.mac().at(),
            "MAC " + mac + " of " + owned.owner() + " is a multicast address (bit 0x01 of the first octet is set)",
            "use a unicast MAC: the first octet must be even, e.g. 52:54:00:xx:xx:xx");
      }
    }
  }
}
