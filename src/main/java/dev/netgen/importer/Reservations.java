package dev.netgen.importer;

import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Ipv4;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fixed IP for a guest MAC (dnsmasq's dhcp-host, an ebtables dnat rule): it goes on the guest NIC
 * with that MAC; with no such NIC, on a new guest when the address's bridge has exactly one tap
 * that no guest uses (the tap is then named as inferred in the comment); otherwise it stays behind.
 */
final class Reservations {
  private final Reading r;

  Reservations(Reading r) {
    this.r = r;
  }

  void reserve(String bridge, String ipText, String macText, Origin at, String name) {
    var ip = r.ipv4(ipText, at);
    var mac = r.mac(macText, at);
    if (ip.isEmpty() || mac.isEmpty()) {
      return;
    }
    var known = r.draft.nicWithMac(mac.get().text());
    if (known.isPresent()) {
      known.get().ip = ip.get();
      return;
    }
    String on = bridge != null ? bridge : bridgeOf(ip.get().text()).orElse(null);
    if (on == null || !r.draft.bridges.containsKey(on)) {
      r.leave(
          at,
          "a fixed address "
              + ip.get().text()
              + " for "
              + mac.get().text()
              + " on no bridge import knows");
      return;
    }
    var free = new ArrayList<String>();
    for (var port : r.draft.bridge(on).portList) {
      if (r.draft.taps.containsKey(port.text()) && !r.draft.tapUsed(port.text())) {
        free.add(port.text());
      }
    }
    if (free.size() != 1) {
      r.leave(
          at,
          "a fixed address "
              + ip.get().text()
              + " for "
              + mac.get().text()
              + ": no guest has that MAC and "
              + on
              + " has "
              + free.size()
              + " taps without a guest, so import cannot tell which tap it is on");
      return;
    }
    String guest = name != null && Reading.isDeviceName(name) ? name : "guest-" + free.get(0);
    var gn = r.guestName(guest, at);
    if (gn.isEmpty() || r.draft.guests.containsKey(gn.get().text())) {
      r.leave(at, "guest name " + Text.forMessage(guest) + " is taken or invalid");
      return;
    }
    var nic = new Draft.NicDraft();
    nic.tap = new Val(free.get(0), at);
    nic.mac = mac.get();
    nic.ip = ip.get();
    r.draft.addGuest(gn.get().text(), new ArrayList<>(List.of(nic)));
  }

  /** The bridge whose static subnet holds the address. */
  Optional<String> bridgeOf(String ipText) {
    try {
      long ip = Ipv4.parse(ipText).unsigned();
      for (var subnet : r.subnets()) {
        if ((ip & subnet.mask()) == subnet.network()) {
          return Optional.of(subnet.bridge());
        }
      }
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
