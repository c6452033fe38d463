package dev.netgen.importer;

import dev.netgen.text.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * netifrc: the variables of etc/conf.d/net (read by {@link ShellFile}, never sourced), the
 * etc/init.d/net.* links and the functions netgen writes. Variables are named by IFVAR (every byte
 * outside [A-Za-z0-9] is '_'); the device's real name comes from its init link or a bridge's port
 * list when they differ.
 */
final class GentooReader {
  static final String NET = "/etc/conf.d/net";

  /** Longest first, so bridge_forward_delay_ wins over bridge_. */
  private static final List<String> PREFIXES =
      List.of(
          "bridge_forward_delay_",
          "bridge_hello_time_",
          "bridge_stp_state_",
          "bridge_max_age_",
          "bridge_priority_",
          "bridge_ageing_time_",
          "carrier_timeout_",
          "dns_servers_",
          "dns_search_",
          "config_",
          "routes_",
          "mac_",
          "bridge_",
          "brctl_",
          "tuntap_",
          "iproute2_",
          "tunctl_",
          "vlans_",
          "modules_",
          "rc_net_",
          "dns_servers_",
          "dns_domain_",
          "dhcpcd_",
          "dhclient_",
          "udhcpc_",
          "fallback_",
          "wpa_supplicant_",
          "essid_",
          "iwconfig_",
          "macchanger_",
          "metric_",
          "mtu_");

  private final Reading r;
  private final Draft d;

  /** IFVAR -> device name, from links and port lists. */
  private final Map<String, String> names = new LinkedHashMap<>();

  /** IFVAR -> prefix -> assignment. */
  private final Map<String, Map<String, ShellFile.Assignment>> vars = new LinkedHashMap<>();

  private final Map<String, Origin> links = new LinkedHashMap<>();

  GentooReader(Reading r) {
    this.r = r;
    this.d = r.draft;
  }

  static boolean present(HostFiles files) {
    return files.exists(NET) || files.exists("/etc/init.d/net.lo");
  }

  void read() {
    readLinks();
    var lines = r.files.lines(NET);
    if (lines.isEmpty()) {
      links.keySet().forEach(n -> vars.putIfAbsent(ifvar(n), new LinkedHashMap<>()));
      devices();
      return;
    }
    r.commentedTypes(NET, lines.get());
    var shell = ShellFile.parse(NET, withoutNetLocalHook(lines.get()));
    r.leftovers.addAll(shell.leftovers);
    for (var a : shell.assignments) {
      file(a);
    }
    for (var n : links.keySet()) {
      vars.putIfAbsent(ifvar(n), new LinkedHashMap<>());
    }
    for (var n : names.values()) {
      vars.putIfAbsent(ifvar(n), new LinkedHashMap<>()); // a port named only in a bridge's list
    }
    devices();
    runlevels();
    new NetifrcHooks(r).read(shell.functions);
  }

  /**
   * etc/runlevels/LEVEL/net.X: netgen starts every device that is not a bridge port from the
   * default runlevel (the ports come up with their bridge), so that is implied; any other service
   * link is not modelled.
   */
  private void runlevels() {
    for (Path level : r.files.list("/etc/runlevels")) {
      for (Path p : r.files.list(r.files.hostPath(level))) {
        String file = p.getFileName().toString();
        if (!file.startsWith("net.") || file.equals("net.lo")) {
          continue;
        }
        String name = file.substring(4);
        boolean implied =
            level.getFileName().toString().equals("default")
                && (d.bridges.containsKey(name)
                    || d.interfaces.containsKey(name)
                    || d.taps.containsKey(name))
                && d.bridges.values().stream()
                    .noneMatch(b -> b.portList.stream().anyMatch(port -> port.text().equals(name)));
        if (!implied) {
          r.leave(
              new Origin(r.files.hostPath(p), 0),
              Text.forMessage(file)
                  + " in runlevel "
                  + Text.forMessage(level.getFileName().toString())
                  + ": netgen starts the devices that are not bridge ports from the default"
                  + " runlevel and nothing else (ports come up with their bridge)");
        }
      }
    }
  }

  private void readLinks() {
    for (Path p : r.files.list("/etc/init.d")) {
      String file = p.getFileName().toString();
      if (file.startsWith("net.")
          && !file.equals("net.lo")
          && Reading.isDeviceName(file.substring(4))) {
        String name = file.substring(4);
        links.put(name, new Origin(r.files.hostPath(p), 0));
        names.put(ifvar(name), name);
      }
    }
  }

  private void file(ShellFile.Assignment a) {
    String n = a.name();
    for (String prefix : PREFIXES) {
      if (n.startsWith(prefix) && n.length() > prefix.length()) {
        String rest = n.substring(prefix.length());
        if (prefix.equals("rc_net_")) {
          int cut = rest.lastIndexOf('_');
          if (cut <= 0) {
            break;
          }
          prefix = "rc_net_" + rest.substring(cut + 1);
          rest = rest.substring(0, cut);
        }
        var byPrefix = vars.computeIfAbsent(rest, v -> new LinkedHashMap<>());
        if (byPrefix.containsKey(prefix)) {
          r.leave(
              byPrefix.get(prefix).at(),
              n + " is set again on line " + a.at().line() + "; sh keeps the last");
        }
        byPrefix.put(prefix, a);
        if (prefix.equals("bridge_")) {
          for (String port : words(a.value())) {
            if (Reading.isDeviceName(port)) {
              names.putIfAbsent(ifvar(port), port);
            }
          }
        }
        return;
      }
    }
    r.leave(a.at(), "variable " + Text.forMessage(n) + " is not one netgen models");
  }

  private void devices() {
    // kinds first, so that a port list can refer to a device written further down
    vars.forEach(
        (ifvar, v) -> {
          String name = names.getOrDefault(ifvar, ifvar);
          Origin first = origin(name, v);
          if (!Reading.isDeviceName(name)) {
            r.leave(first, "device name " + Text.forMessage(name) + " is not a valid name");
            return;
          }
          if (v.containsKey("bridge_")) {
            d.bridge(name);
          } else if (v.containsKey("tuntap_") || name.startsWith("tap")) {
            d.taps.put(name, new Draft.TapDraft(first));
          } else {
            d.iface(name);
          }
        });
    vars.forEach(
        (ifvar, v) -> {
          String name = names.getOrDefault(ifvar, ifvar);
          if (d.bridges.containsKey(name)) {
            new NetifrcBridge(r, name, v).read();
          } else if (d.taps.containsKey(name)) {
            tap(name, v);
          } else if (d.interfaces.containsKey(name)) {
            iface(name, v);
          }
        });
  }

  /**
   * Where a device is first named: its first variable, its init link, or the port list naming it.
   */
  private Origin origin(String name, Map<String, ShellFile.Assignment> v) {
    if (!v.isEmpty()) {
      return v.values().iterator().next().at();
    }
    if (links.containsKey(name)) {
      return links.get(name);
    }
    return vars.values().stream()
        .map(m -> m.get("bridge_"))
        .filter(java.util.Objects::nonNull)
        .filter(b -> words(b.value()).contains(name))
        .map(ShellFile.Assignment::at)
        .findFirst()
        .orElse(new Origin(NET, 0));
  }

  private void iface(String name, Map<String, ShellFile.Assignment> v) {
    var i = d.iface(name);
    Origin first = origin(name, v);
    i.type = r.type(name, first);
    var config = v.remove("config_");
    if (config != null) {
      var lines = lines(config.value());
      if (lines.size() > 1) {
        r.leave(
            config.at(),
            "config_"
                + ifvar(name)
                + " has "
                + lines.size()
                + " entries; the model holds one address (imported the first)");
      }
      r.address(lines.isEmpty() ? "" : lines.get(0), config.at()).ifPresent(a -> i.address = a);
    } else if (links.containsKey(name)) {
      i.address =
          new Val(
              "dhcp", links.get(name)); // netifrc's default for a started interface without config_
    }
    var routes = v.remove("routes_");
    if (routes != null) {
      gateway(routes).ifPresent(g -> i.gateway = g);
    }
    var mac = v.remove("mac_");
    if (mac != null) {
      r.mac(mac.value().strip(), mac.at()).ifPresent(m -> i.mac = m);
    }
    notTheNetwork(name, v);
    rest(name, v);
  }

  private void tap(String name, Map<String, ShellFile.Assignment> v) {
    var t = d.taps.get(name);
    var tuntap = v.remove("tuntap_");
    if (tuntap == null) {
      r.leave(
          t.from,
          "tap "
              + name
              + " has no tuntap_"
              + ifvar(name)
              + "=\"tap\": netifrc never creates it (imported as a tap, which netgen creates)");
    } else if (!tuntap.value().strip().equals("tap")) {
      r.leave(
          tuntap.at(),
          "tuntap_"
              + ifvar(name)
              + "="
              + Text.forMessage(tuntap.value())
              + ": only tap devices are modelled");
    }
    var config = v.remove("config_");
    if (config != null && !config.value().strip().equals("null")) {
      r.leave(
          config.at(),
          "config_"
              + ifvar(name)
              + "="
              + Text.forMessage(config.value())
              + ": a tap that is a bridge port takes no address, and a tap has no address key in the model");
    }
    ownerGroup(t, v.remove("iproute2_"), "user", "group");
    ownerGroup(t, v.remove("tunctl_"), "-u", "-g");
    var mac = v.remove("mac_");
    if (mac != null) {
      r.mac(mac.value().strip(), mac.at()).ifPresent(m -> t.mac = m);
    }
    notTheNetwork(name, v);
    rest(name, v);
  }

  /** rc_net_X_provide="!net" is what netgen writes for taps, ports and uplinks; others are not. */
  private void notTheNetwork(String name, Map<String, ShellFile.Assignment> v) {
    var provide = v.remove("rc_net_provide");
    if (provide != null && !provide.value().equals("!net")) {
      r.leave(
          provide.at(),
          "rc_net_"
              + ifvar(name)
              + "_provide="
              + Text.forMessage(provide.value())
              + " is not modelled");
    }
  }

  private void ownerGroup(
      Draft.TapDraft t, ShellFile.Assignment a, String userWord, String groupWord) {
    if (a == null) {
      return;
    }
    var w = words(a.value());
    for (int i = 0; i < w.size(); i++) {
      String word = w.get(i);
      if ((word.equals(userWord) || word.equals(groupWord)) && i + 1 < w.size()) {
        var value = r.user(w.get(i + 1), a.at());
        if (word.equals(userWord)) {
          value.ifPresent(u -> t.owner = u);
        } else {
          value.ifPresent(g -> t.group = g);
        }
        i++;
      } else {
        r.leave(
            a.at(),
            a.name()
                + ": "
                + Text.forMessage(word)
                + " is not modelled (only the owner and group)");
      }
    }
  }

  /** routes_X: "default via GW" is the gateway; any other route stays behind. */
  Optional<Val> gateway(ShellFile.Assignment routes) {
    Optional<Val> gw = Optional.empty();
    for (String route : lines(routes.value())) {
      var w = words(route);
      if (w.size() == 3 && w.get(0).equals("default") && w.get(1).equals("via")) {
        gw = r.ipv4(w.get(2), routes.at());
      } else {
        r.leave(
            routes.at(),
            "route " + Text.forMessage(route) + ": the model holds only a default route");
      }
    }
    return gw;
  }

  /** Whatever variables of this device are left after its reader took the ones it knows. */
  void rest(String name, Map<String, ShellFile.Assignment> v) {
    v.forEach(
        (prefix, a) -> {
          if (prefix.equals("rc_net_need")) {
            return; // netgen writes the need from the bridge's ports; a hand-written one is implied
            // by the ports
          }
          if (prefix.equals("carrier_timeout_") && d.bridges.containsKey(name)) {
            return; // netgen derives a bridge's carrier wait from its address and STP timers
          }
          if (prefix.equals("dns_servers_") || prefix.equals("dns_search_")) {
            // the host's resolvers, on whichever device; a render puts them on the default route's
            boolean servers = prefix.equals("dns_servers_");
            for (String word : words(a.value())) {
              (servers ? r.ipv4(word, a.at()) : r.domain(word, a.at()))
                  .ifPresent((servers ? d.hostDns : d.hostSearch)::add);
            }
            return;
          }
          String why =
              switch (prefix) {
                case "vlans_" -> "VLANs have no key in the model";
                case "modules_" ->
                    "netgen picks netifrc's modules itself (iproute2, bridge, tuntap)";
                default -> "not a setting the model holds for " + name;
              };
          r.leave(a.at(), a.name() + ": " + why);
        });
  }

  static boolean wireless(String name) {
    return name.startsWith("wl");
  }

  static String ifvar(String name) {
    var out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      out.append(keep ? c : '_');
    }
    return out.toString();
  }

  /** The words of a value, split at any run of blanks. */
  static List<String> words(String text) {
    var out = new ArrayList<String>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean blank = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (blank && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      } else if (!blank && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** The non-blank lines of a value (netifrc's lists are one entry a line), stripped. */
  static List<String> lines(String text) {
    var out = new ArrayList<String>();
    for (String l : Reading.fields(text, '\n')) {
      if (!l.isBlank()) {
        out.add(l.strip());
      }
    }
    return out;
  }

  static Set<String> set(List<String> words) {
    return new LinkedHashSet<>(words);
  }

  /** The lines with which netgen's conf.d/net sources the admin's conf.d/net.local. */
  private static final List<String> NET_LOCAL_HOOK =
      List.of(
          "if [ -r /etc/conf.d/net.local ]; then",
          "\t# shellcheck source=/dev/null",
          "\t. /etc/conf.d/net.local",
          "fi");

  /**
   * The file with netgen's own net.local hook blanked (line numbers kept): it carries nothing to
   * import, and what net.local sets is the admin's, outside the model. A hook written any other way
   * is a shell command like any other, and is reported.
   */
  private static List<String> withoutNetLocalHook(List<String> lines) {
    var out = new java.util.ArrayList<>(lines);
    for (int i = 0; i + NET_LOCAL_HOOK.size() <= out.size(); i++) {
      if (out.subList(i, i + NET_LOCAL_HOOK.size()).equals(NET_LOCAL_HOOK)) {
        for (int j = 0; j < NET_LOCAL_HOOK.size(); j++) {
          out.set(i + j, "");
        }
      }
    }
    return out;
  }
}
