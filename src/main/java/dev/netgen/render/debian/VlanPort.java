package dev.netgen.render.debian;

import dev.netgen.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * A bridge port named as a VLAN, PARENT.ID (eth0.10), and the bridge's pre-up lines that create it.
 * bridge-utils creates such a port by itself, but says nothing when that fails (the bridge then
 * comes up without it, exit 0); created by a pre-up line of the bridge, a failure fails {@code
 * ifup} of the bridge. Only the 802.1Q ids 1-4094 count; ifupdown reads the id as decimal.
 */
record VlanPort(String name, String parent, int id) {
  static Optional<VlanPort> of(String name) {
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1 || name.length() - dot > 5) {
      return Optional.empty();
    }
    String digits = name.substring(dot + 1);
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int id = Integer.parseInt(digits);
    return id >= 1 && id <= 4094
        ? Optional.of(new VlanPort(name, name.substring(0, dot), id))
        : Optional.empty();
  }

  /** The raw device up, then the VLAN on it unless it exists (a second ifup of the bridge). */
  List<String> createLines() {
    String port = Text.forShellWord(name);
    String raw = Text.forShellWord(parent);
    return List.of(
        "ip link set dev " + raw + " up",
        "test -e /sys/class/net/"
            + port
            + " || ip link add link "
            + raw
            + " name "
            + port
            + " type vlan id "
            + id);
  }
}
