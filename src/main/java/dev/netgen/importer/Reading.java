package dev.netgen.importer;

import dev.netgen.model.Cidr;
import dev.netgen.model.Domain;
import dev.netgen.model.GuestName;
import dev.netgen.model.IfName;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Lease;
import dev.netgen.model.Mac;
import dev.netgen.model.NicModel;
import dev.netgen.model.Seconds;
import dev.netgen.model.UnixName;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every reader shares: the draft it fills, the leftovers it adds to, the files, and the checks
 * that let a value into the draft only when the model's own grammar accepts it (so the written
 * model loads and no read text can reach the YAML unchecked).
 */
final class Reading {
  final Draft draft = new Draft();
  final List<Leftover> leftovers = new ArrayList<>();
  final HostFiles files;

  /**
   * Bridges whose up hook runs netgen's iptables.sh or ebtables.sh; the uplink comes from the
   * script.
   */
  final java.util.Map<String, Origin> natHooks = new java.util.LinkedHashMap<>();

  final java.util.Map<String, Origin> macNatHooks = new java.util.LinkedHashMap<>();

  /** Interface types named by the block comments of a file netgen wrote ("# wlan0: wireless"). */
  final java.util.Map<String, Val> commentedTypes = new java.util.HashMap<>();

  /**
   * The interface's type: netgen's own comment, else wireless when the kernel's wl prefix says so.
   */
  Val type(String name, Origin at) {
    var commented = commentedTypes.get(name);
    return commented != null
        ? commented
        : new Val(GentooReader.wireless(name) ? "wireless" : "ethernet", at);
  }

  /** Reads netgen's "# NAME: ethernet|wireless" block comments from a file it generated. */
  void commentedTypes(String file, java.util.List<String> lines) {
    if (!new NetgenFiles(this).generated(lines)) {
      return;
    }
    for (int n = 0; n < lines.size(); n++) {
      String l = lines.get(n);
      for (String type : java.util.List.of("ethernet", "wireless")) {
        int colon = l.indexOf(": " + type);
        if (l.startsWith("# ")
            && colon > 2
            && isDeviceName(l.substring(2, colon))
            && (l.length() == colon + 2 + type.length()
                || l.charAt(colon + 2 + type.length()) == ',')) {
          commentedTypes.put(l.substring(2, colon), new Val(type, new Origin(file, n + 1)));
        }
      }
    }
  }

  /** The script paths those hooks run, as written there. */
  String natScript = "/etc/netgen/iptables.sh";

  String macNatScript = "/etc/netgen/ebtables.sh";

  Reading(HostFiles files) {
    this.files = files;
  }

  /** A bridge's static subnet, for finding the bridge of an address. */
  record Subnet(long network, long mask, String bridge) {}

  private List<Subnet> subnets;

  /** The bridges' subnets, worked out once: the network file has been read when anyone asks. */
  List<Subnet> subnets() {
    if (subnets == null) {
      subnets = new ArrayList<>();
      draft.bridges.forEach(
          (name, b) -> {
            if (b.address != null && b.address.text().contains("/")) {
              try {
                var cidr = Cidr.parse(b.address.text());
                subnets.add(new Subnet(cidr.address().unsigned() & cidr.mask(), cidr.mask(), name));
              } catch (InvalidValueException e) {
                // checked when it was read; cannot happen
              }
            }
          });
    }
    return subnets;
  }

  void leave(Origin at, String reason) {
    leftovers.add(new Leftover(at, reason));
  }

  @FunctionalInterface
  interface Grammar {
    Object parse(String text) throws InvalidValueException;
  }

  /** The value as the model writes it, or a leftover naming what was wrong with it. */
  Optional<Val> check(Grammar grammar, String text, Origin at, String what) {
    try {
      return Optional.of(new Val(grammar.parse(text).toString(), at));
    } catch (InvalidValueException e) {
      leave(at, what + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  Optional<Val> device(String text, Origin at) {
    return check(IfName::parse, text, at, "device name");
  }

  Optional<Val> mac(String text, Origin at) {
    return check(Mac::parse, text, at, "MAC");
  }

  Optional<Val> ipv4(String text, Origin at) {
    return check(Ipv4::parse, text, at, "IPv4 address");
  }

  Optional<Val> seconds(String text, Origin at) {
    return check(Seconds::parse, text, at, "bridge timer");
  }

  Optional<Val> lease(String text, Origin at) {
    return check(Lease::parse, text, at, "lease time");
  }

  Optional<Val> user(String text, Origin at) {
    return check(UnixName::parse, text, at, "user or group");
  }

  Optional<Val> domain(String text, Origin at) {
    return check(Domain::parse, text, at, "domain");
  }

  Optional<Val> guestName(String text, Origin at) {
    return check(GuestName::parse, text, at, "guest name");
  }

  Optional<Val> nicModel(String text, Origin at) {
    return check(NicModel::parse, text, at, "NIC model");
  }

  static boolean isDeviceName(String text) {
    try {
      IfName.parse(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /**
   * An address in one of the forms the files write it: none / null / noop / manual, dhcp, a CIDR,
   * or "IP netmask MASK [broadcast B]" (netifrc's and ifupdown's older form).
   */
  Optional<Val> address(String text, Origin at) {
    String t = text.strip();
    switch (t) {
      case "null", "noop", "none", "manual" -> {
        return Optional.of(new Val("none", at));
      }
      case "dhcp" -> {
        return Optional.of(new Val("dhcp", at));
      }
      default -> {
        // netmask and broadcast words, in either order
      }
    }
    String[] w = GentooReader.words(t).toArray(String[]::new);
    if (w.length == 1) {
      return check(Cidr::parse, w[0], at, "address");
    }
    String mask = null;
    for (int i = 1; i + 1 < w.length; i += 2) {
      if (w[i].equals("netmask")) {
        mask = w[i + 1];
      } else if (!w[i].equals("broadcast")) {
        leave(
            at,
            "address "
                + Text.forMessage(t)
                + ": only netmask and broadcast can follow the address");
        return Optional.empty();
      }
    }
    if (w.length % 2 == 0) {
      leave(at, "address " + Text.forMessage(t) + ": a word without its value");
      return Optional.empty();
    }
    if (mask == null) {
      return w[0].contains("/")
          ? check(Cidr::parse, w[0], at, "address")
          : leaveEmpty(at, "address " + Text.forMessage(t) + " has no prefix length or netmask");
    }
    Optional<Integer> prefix = prefix(mask);
    if (prefix.isEmpty()) {
      return leaveEmpty(at, "netmask " + Text.forMessage(mask) + " is not a contiguous mask");
    }
    return check(Cidr::parse, w[0] + "/" + prefix.get(), at, "address");
  }

  /** A dotted netmask's prefix length, when its ones are contiguous. */
  static Optional<Integer> prefix(String mask) {
    try {
      long bits = Ipv4.parse(mask).unsigned();
      int ones = Long.bitCount(bits);
      long expected = ones == 0 ? 0 : (0xffffffffL << (32 - ones)) & 0xffffffffL;
      return bits == expected ? Optional.of(ones) : Optional.empty();
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** Fields between separators, empty ones kept (String.split drops trailing ones). */
  static String[] fields(String text, char separator) {
    var out = new ArrayList<String>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == separator) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    return out.toArray(String[]::new);
  }

  Optional<Val> leaveEmpty(Origin at, String reason) {
    leave(at, reason);
    return Optional.empty();
  }
}
