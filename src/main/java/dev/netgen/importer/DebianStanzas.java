package dev.netgen.importer;

import dev.netgen.text.Text;
import java.util.List;
import java.util.Map;

/**
 * ifupdown stanzas to the draft: a bridge when it has bridge_ports, a tap when a pre-up creates it,
 * an interface otherwise.
 */
final class DebianStanzas {
  private final Reading r;
  private final Map<String, DebianReader.Stanza> stanzas;

  DebianStanzas(Reading r, Map<String, DebianReader.Stanza> stanzas) {
    this.r = r;
    this.stanzas = stanzas;
  }

  void apply() {
    for (var s : stanzas.values()) {
      if (s.options.stream().anyMatch(o -> o.key().equals("bridge_ports"))) {
        r.draft.bridge(s.name);
      } else if (s.options.stream().anyMatch(o -> tuntapAdd(o, s.name) != null)) {
        r.draft.taps.put(s.name, new Draft.TapDraft(s.at));
      } else if (!s.name.equals("lo")) {
        r.draft.iface(s.name);
      }
    }
    for (var s : stanzas.values()) {
      if (!s.name.equals("lo")) {
        stanza(s);
      }
    }
  }

  private void stanza(DebianReader.Stanza s) {
    boolean bridge = r.draft.bridges.containsKey(s.name);
    boolean tap = r.draft.taps.containsKey(s.name);
    Val address = null;
    Val gateway = null;
    Val mac = null;
    String netmask = null;
    Origin addressAt = null;
    String addressText = null;
    var b = bridge ? r.draft.bridge(s.name) : null;
    switch (s.method) {
      case "dhcp" -> address = new Val("dhcp", s.at);
      case "manual" -> address = new Val("none", s.at);
      case "static" -> {}
      default ->
          r.leave(
              s.at,
              "method "
                  + Text.forMessage(s.method)
                  + " is not modelled (static, dhcp, manual are)");
    }
    for (var o : s.options) {
      var w = GentooReader.words(o.value());
      switch (o.key()) {
        case "address" -> {
          addressText = o.value();
          addressAt = o.at();
        }
        case "netmask" -> netmask = o.value();
        case "gateway" -> gateway = r.ipv4(o.value(), o.at()).orElse(null);
        case "hwaddress" ->
            mac =
                r.mac(w.size() == 2 && w.get(0).equals("ether") ? w.get(1) : o.value(), o.at())
                    .orElse(null);
        case "bridge_ports" -> {
          b.ports = new Val("", o.at());
          if (!o.value().equals("none")) {
            w.forEach(p -> r.device(p, o.at()).ifPresent(b.portList::add));
          }
        }
        case "bridge_stp" ->
            b.stp = new Val(List.of("on", "yes").contains(o.value()) ? "true" : "false", o.at());
        case "bridge_fd" -> r.seconds(o.value(), o.at()).ifPresent(v -> b.forwardDelay = v);
        case "bridge_hello" -> r.seconds(o.value(), o.at()).ifPresent(v -> b.helloTime = v);
        case "bridge_maxwait" -> {} // derived by netgen from STP and DHCP; not in the model
        case "dns-nameservers" -> resolvers(o, r.draft.hostDns, true);
        case "dns-search" -> resolvers(o, r.draft.hostSearch, false);
        case "pre-up", "post-up", "up", "pre-down", "down", "post-down" -> hook(s.name, o);
        case "wpa-ssid", "wpa-psk", "wpa-conf", "wireless-essid" -> {
          if (r.draft.interfaces.containsKey(s.name)) {
            r.draft.iface(s.name).type = new Val("wireless", o.at());
          }
          r.leave(
              o.at(),
              o.key()
                  + ": Wi-Fi credentials stay with wpa_supplicant; netgen does not manage them");
        }
        case "vlan-raw-device" -> r.leave(o.at(), "VLANs have no key in the model");
        default -> r.leave(o.at(), "option " + Text.forMessage(o.key()) + " is not modelled");
      }
    }
    if (addressText != null) {
      if (!s.method.equals("static")) {
        r.leave(addressAt, "address under inet " + s.method + " is ignored by ifupdown");
      } else {
        address =
            r.address(
                    netmask != null ? addressText + " netmask " + netmask : addressText, addressAt)
                .orElse(null);
      }
    } else if (s.method.equals("static")) {
      r.leave(s.at, "inet static without an address");
    }
    if (tap) {
      var t = r.draft.taps.get(s.name);
      t.mac = mac;
      if (address != null && !address.text().equals("none")) {
        r.leave(address.from(), "a tap has no address in the model");
      }
    } else if (bridge) {
      b.address = address;
      b.gateway = gateway;
      b.mac = mac;
    } else {
      var i = r.draft.iface(s.name);
      if (i.type == null) {
        i.type = r.type(s.name, s.at);
      }
      i.address = address;
      i.gateway = gateway;
      i.mac = mac;
    }
  }

  /**
   * The two pre-up lines netgen writes for a VLAN port: "ip link set dev PARENT up" and "test -e
   * /sys/class/net/PORT || ip link add link PARENT name PORT type vlan id N".
   */
  private static boolean vlanPortLine(List<String> w) {
    if (w.size() == 6 && w.subList(0, 4).equals(List.of("ip", "link", "set", "dev"))) {
      return w.get(5).equals("up");
    }
    return w.size() == 15
        && w.subList(0, 2).equals(List.of("test", "-e"))
        && w.subList(3, 8).equals(List.of("||", "ip", "link", "add", "link"))
        && w.subList(11, 14).equals(List.of("type", "vlan", "id"));
  }

  /**
   * The host's resolvers, read by resolvconf's hook from the stanza of whichever device carries
   * them; a render puts them back on the device of the default route.
   */
  private void resolvers(DebianReader.Option o, List<Val> into, boolean addresses) {
    for (String word : GentooReader.words(o.value())) {
      (addresses ? r.ipv4(word, o.at()) : r.domain(word, o.at())).ifPresent(into::add);
    }
  }

  /** "ip tuntap add dev TAP mode tap [user U] [group G]" as words, or null. */
  static List<String> tuntapAdd(DebianReader.Option o, String name) {
    if (!o.key().equals("pre-up")) {
      return null;
    }
    var w = GentooReader.words(o.value());
    if (w.size() >= 7
        && w.subList(0, 7).equals(List.of("ip", "tuntap", "add", "dev", name, "mode", "tap"))) {
      return w;
    }
    return null;
  }

  private void hook(String name, DebianReader.Option o) {
    var w = GentooReader.words(o.value().replace("'", "").replace("\"", ""));
    var add = tuntapAdd(o, name);
    if (add != null && r.draft.taps.containsKey(name)) {
      var t = r.draft.taps.get(name);
      for (int i = 7; i + 1 < add.size(); i += 2) {
        var v = r.user(add.get(i + 1), o.at());
        switch (add.get(i)) {
          case "user" -> v.ifPresent(u -> t.owner = u);
          case "group" -> v.ifPresent(g -> t.group = g);
          default ->
              r.leave(o.at(), "ip tuntap " + Text.forMessage(add.get(i)) + " is not modelled");
        }
      }
      return;
    }
    if (o.key().equals("post-down")
        && w.size() >= 7
        && w.subList(0, 4).equals(List.of("ip", "tuntap", "del", "dev"))) {
      return;
    }
    if (o.key().equals("pre-up")
        && w.size() == 6
        && w.get(0).equals("iw")
        && w.get(1).equals("dev")
        && w.subList(3, 6).equals(List.of("set", "4addr", "on"))
        && r.draft.interfaces.containsKey(w.get(2))) {
      r.draft.iface(w.get(2)).fourAddr = new Val("true", o.at());
      return;
    }
    if (o.key().equals("pre-up")
        && w.size() == 7
        && w.subList(0, 4).equals(List.of("ip", "link", "set", "dev"))
        && w.get(5).equals("address")
        && r.draft.interfaces.containsKey(w.get(4))) {
      // a port's MAC, set by its bridge's pre-up before the port joins
      r.mac(w.get(6), o.at()).ifPresent(m -> r.draft.iface(w.get(4)).mac = m);
      return;
    }
    if (o.key().equals("pre-up") && vlanPortLine(w)) {
      return; // netgen's own creation of a VLAN port: the port's name says it all
    }
    if (w.size() >= 3
        && w.get(2).equals(name)
        && (w.get(0).endsWith("/iptables.sh") || w.get(0).endsWith("/ebtables.sh"))) {
      boolean nat = w.get(0).endsWith("/iptables.sh");
      if (w.get(1).equals("start")) {
        (nat ? r.natHooks : r.macNatHooks).put(name, o.at());
        if (nat) {
          r.natScript = w.get(0);
        } else {
          r.macNatScript = w.get(0);
        }
        return;
      }
      if (w.get(1).equals("stop")) {
        return;
      }
    }
    if (masquerade(name, o, w)) {
      return;
    }
    r.leave(
        o.at(),
        o.key()
            + " runs "
            + Text.forMessage(o.value())
            + ": hook commands are never run or translated");
  }

  /**
   * The Proxmox form: post-up iptables -t nat -A POSTROUTING -s SUBNET -o UPLINK -j MASQUERADE; and
   * forwarding by echo.
   */
  private boolean masquerade(String name, DebianReader.Option o, List<String> w) {
    if (w.equals(List.of("echo", "1", ">", "/proc/sys/net/ipv4/ip_forward"))
        && o.key().equals("post-up")) {
      r.draft.forwarding = new Val("true", o.at());
      return true;
    }
    if (w.isEmpty()
        || !w.get(0).equals("iptables")
        || !w.contains("MASQUERADE")
        || !r.draft.bridges.containsKey(name)) {
      return false;
    }
    int out = w.indexOf("-o");
    if (w.contains("-D")) {
      return o.key().endsWith("down");
    }
    if (out < 0 || out + 1 >= w.size()) {
      r.leave(o.at(), "MASQUERADE without -o: the model's nat needs the uplink");
      return true;
    }
    r.device(w.get(out + 1), o.at()).ifPresent(u -> r.draft.bridge(name).nat = u);
    return true;
  }
}
