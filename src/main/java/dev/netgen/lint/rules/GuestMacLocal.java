package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.List;
import java.util.Map;

/**
 * guest-mac-local: a guest NIC's MAC is a locally administered one, or in a prefix that a
 * virtualisation vendor registered for its guests.
 */
public final class GuestMacLocal extends Rule {
  /** A MAC prefix (the first three octets) that a virtualisation product gives its guests. */
  public record GuestPrefix(int oui, String product) {}

  /**
   * The virtualisation vendors' guest prefixes: a MAC in one of them is meant for a virtual NIC, so
   * no real card carries it. Kept in this one table (the rule's README lists it for users). QEMU's
   * 52:54:00 is locally administered anyway; it is here so that the table is complete.
   */
  public static final List<GuestPrefix> GUEST_PREFIXES =
      List.of(
          new GuestPrefix(0x525400, "QEMU/KVM, libvirt"),
          new GuestPrefix(0xbc2411, "Proxmox VE"),
          new GuestPrefix(0x00163e, "Xen"),
          new GuestPrefix(0x080027, "VirtualBox"),
          new GuestPrefix(0x005056, "VMware (manual)"),
          new GuestPrefix(0x000c29, "VMware (generated)"),
          new GuestPrefix(0x00155d, "Hyper-V"));

  public GuestMacLocal() {
    super(
        "guest-mac-local",
        Kind.ADVICE,
        Severity.WARNING,
        "a guest NIC's MAC is locally administered (bit 0x02 of the first octet, e.g. QEMU's 52:54:00) or in a virtualisation vendor's guest prefix",
        new Message(
            "universal",
            "MAC {{mac}} of {{nic}} is universally administered: it lies in a hardware vendor's range",
            "use a locally administered MAC such as {{suggestion}} (QEMU's prefix), unless it was copied from a real NIC on purpose"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var nic : wiring.guestNics()) {
      var mac = nic.nic().mac();
      if (!mac.value().locallyAdministered()
          && !mac.value().multicast()
          && !mac.value().allZero()
          && !forGuests(mac.value())) {
        String suggestion =
            String.format(
                "52:54:00:%02x:%02x:%02x",
                mac.value().octet(3), mac.value().octet(4), mac.value().octet(5));
        reporter.report(
            mac.at(),
            "universal",
            Map.of("mac", mac.value(), "nic", nic.label(), "suggestion", suggestion));
      }
    }
  }

  /** Whether the MAC is in one of {@link #GUEST_PREFIXES}. */
  static boolean forGuests(Mac mac) {
    int oui = mac.octet(0) << 16 | mac.octet(1) << 8 | mac.octet(2);
    return GUEST_PREFIXES.stream().anyMatch(p -> p.oui() == oui);
  }
}
