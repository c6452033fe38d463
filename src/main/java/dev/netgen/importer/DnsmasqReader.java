package dev.netgen.importer;

import dev.netgen.text.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * dnsmasq.conf and the files its conf-dir and conf-file lines name: a bridge's DHCP server and the
 * guests' fixed addresses.
 */
final class DnsmasqReader {
  private static final Set<String> NETGEN_FRAME =
      Set.of("bind-dynamic", "bind-interfaces", "except-interface=lo", "no-hosts");
  private static final int MAX_DEPTH = 8;
  private final Reading r;
  private final Set<Path> seen = new HashSet<>();
  private String lastInterface;
  private final List<Val> servers = new ArrayList<>();
  private final List<Val> locals = new ArrayList<>();
  private Origin noResolv;

  DnsmasqReader(Reading r) {
    this.r = r;
  }

  void read(List<String> candidates, List<String> folders) {
    for (String c : candidates) {
      r.files.resolve(c).ifPresent(p -> file(p, 0));
    }
    for (String f : folders) {
      folder(f, ".conf", 0);
    }
    dns();
  }

  /**
   * What netgen writes for a bridge's DNS, once every file is read: server= lines (with the
   * no-resolv they need) go on the first bridge with a DHCP server, since dnsmasq has one list for
   * all of them; a local=/DOMAIN/ must be a bridge's domain, which renders it.
   */
  private void dns() {
    var first = r.draft.bridges.values().stream().filter(b -> b.dhcp != null).findFirst();
    if (!servers.isEmpty() && (first.isEmpty() || noResolv == null)) {
      servers.forEach(
          s ->
              r.leave(
                  s.from(),
                  "server "
                      + s.text()
                      + ": the model's servers go with no-resolv, on a bridge's DHCP server"));
    } else if (!servers.isEmpty()) {
      first.get().dhcp.servers.addAll(servers);
    } else if (noResolv != null) {
      r.leave(noResolv, "no-resolv without server= lines: the model's servers bring it");
    }
    var domains = new HashSet<String>();
    r.draft.bridges.values().stream()
        .filter(b -> b.dhcp != null && b.dhcp.domain != null)
        .forEach(b -> domains.add(b.dhcp.domain.text()));
    for (Val local : locals) {
      if (!domains.contains(local.text())) {
        r.leave(local.from(), "local=/" + local.text() + "/ is no bridge's domain");
      }
    }
  }

  private void file(Path p, int depth) {
    if (!java.nio.file.Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String shown = r.files.hostPath(p);
    var real = r.files.real(p);
    if (real.isPresent() && !seen.add(real.get())) {
      return;
    }
    var lines = r.files.read(p, shown);
    for (int n = 0; n < lines.size(); n++) {
      String l = lines.get(n).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      line(l, new Origin(shown, n + 1), depth);
    }
  }

  private void folder(String hostFolder, String ext, int depth) {
    for (Path p : r.files.list(hostFolder)) {
      String name = p.getFileName().toString();
      if (!name.startsWith(".") && !name.endsWith("~") && (ext == null || name.endsWith(ext))) {
        file(p, depth);
      }
    }
  }

  private void line(String l, Origin at, int depth) {
    if (NETGEN_FRAME.contains(l)) {
      return;
    }
    int eq = l.indexOf('=');
    String key = eq < 0 ? l : l.substring(0, eq).strip();
    String value = eq < 0 ? "" : l.substring(eq + 1).strip();
    switch (key) {
      case "conf-dir", "conf-file" -> include(key, value, at, depth);
      case "interface" -> iface(value, at);
      case "dhcp-range" -> range(value, at);
      case "dhcp-option" -> option(value, at);
      case "domain" -> domain(value, at);
      case "dhcp-host" -> host(value, at);
      case "no-resolv" -> noResolv = at;
      case "server" -> r.ipv4(value, at).ifPresent(servers::add);
      case "local" -> local(value, at);
      default -> r.leave(at, "dnsmasq option " + Text.forMessage(key) + " is not modelled");
    }
  }

  private void include(String key, String value, Origin at, int depth) {
    if (depth >= MAX_DEPTH) {
      r.leave(at, key + " nests deeper than " + MAX_DEPTH + " files");
      return;
    }
    String[] parts = Reading.fields(value, ',');
    if (key.equals("conf-file")) {
      var p = r.files.resolve(parts[0]);
      if (p.isEmpty()) {
        r.leave(at, "conf-file " + Text.forMessage(parts[0]) + " is outside the root");
      } else {
        file(p.get(), depth + 1);
      }
      return;
    }
    String ext = null;
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].startsWith("*")) {
        ext = parts[i].substring(1);
      }
    }
    if (r.files.resolve(parts[0]).isEmpty()) {
      r.leave(at, "conf-dir " + Text.forMessage(parts[0]) + " is outside the root");
      return;
    }
    folder(parts[0], ext, depth + 1);
  }

  private void iface(String value, Origin at) {
    for (String name : Reading.fields(value, ',')) {
      if (r.draft.bridges.containsKey(name.strip())) {
        lastInterface = name.strip();
        server(lastInterface);
      } else {
        r.leave(
            at,
            "dnsmasq serves "
                + Text.forMessage(name)
                + ", which is not a bridge import found: the model gives DHCP servers to bridges only");
      }
    }
  }

  private Draft.Dhcp server(String bridge) {
    var b = r.draft.bridge(bridge);
    if (b.dhcp == null) {
      b.dhcp = new Draft.Dhcp();
    }
    return b.dhcp;
  }

  /**
   * tag:NAME, set:NAME and the dnsmasq interface tag name a bridge, as does netgen's own tag
   * netgen-NAME; otherwise the interface= above.
   */
  private String bridgeFor(List<String> fields, String firstIp) {
    for (String f : fields) {
      if (f.startsWith("tag:") || f.startsWith("set:")) {
        String tag = f.substring(4);
        String own = tag.startsWith("netgen-") ? tag.substring("netgen-".length()) : tag;
        for (String name : List.of(tag, own)) {
          if (r.draft.bridges.containsKey(name)) {
            return name;
          }
        }
      }
    }
    if (firstIp != null) {
      var b = new Reservations(r).bridgeOf(firstIp);
      if (b.isPresent()) {
        return b.get();
      }
    }
    return lastInterface;
  }

  private void range(String value, Origin at) {
    var fields = new ArrayList<>(List.of(Reading.fields(value, ',')));
    var plain =
        fields.stream().filter(f -> !f.startsWith("tag:") && !f.startsWith("set:")).toList();
    if (plain.size() < 2 || plain.size() > 4) {
      r.leave(
          at, "dhcp-range " + Text.forMessage(value) + ": expected START,END[,NETMASK][,LEASE]");
      return;
    }
    String bridge = bridgeFor(fields, plain.get(0));
    if (bridge == null) {
      r.leave(at, "dhcp-range " + Text.forMessage(value) + " is on no bridge import found");
      return;
    }
    var s = server(bridge);
    var start = r.ipv4(plain.get(0), at);
    var end = r.ipv4(plain.get(1), at);
    if (start.isEmpty() || end.isEmpty()) {
      return;
    }
    s.rangeStart = start.get();
    s.rangeEnd = end.get();
    if (plain.size() == 4 || (plain.size() == 3 && !plain.get(2).contains("."))) {
      r.lease(plain.get(plain.size() - 1), at).ifPresent(l -> s.lease = l);
    }
  }

  private void option(String value, Origin at) {
    var fields = List.of(Reading.fields(value, ','));
    var plain =
        fields.stream().filter(f -> !f.startsWith("tag:") && !f.startsWith("set:")).toList();
    String bridge = bridgeFor(fields, null);
    if (plain.isEmpty() || bridge == null) {
      r.leave(at, "dhcp-option " + Text.forMessage(value) + " is on no bridge import found");
      return;
    }
    var s = server(bridge);
    var values = plain.subList(1, plain.size());
    switch (plain.get(0)) {
      case "3", "option:router" -> {
        if (values.size() == 1) {
          r.ipv4(values.get(0), at).ifPresent(v -> s.router = v);
        } else {
          r.leave(
              at, "dhcp-option router " + Text.forMessage(value) + ": the model holds one router");
        }
      }
      case "6", "option:dns-server" -> values.forEach(v -> r.ipv4(v, at).ifPresent(s.dns::add));
      case "15", "option:domain-name" -> {
        if (values.size() == 1) {
          r.domain(values.get(0), at).ifPresent(d -> s.domain = d);
        }
      }
      default ->
          r.leave(
              at,
              "dhcp-option "
                  + Text.forMessage(plain.get(0))
                  + " is not modelled (router, dns-server and domain-name are)");
    }
  }

  private void domain(String value, Origin at) {
    String[] parts = Reading.fields(value, ',');
    String bridge =
        parts.length > 1
            ? new Reservations(r).bridgeOf(parts[1].replaceAll("/.*", "")).orElse(null)
            : lastInterface;
    if (bridge == null) {
      r.leave(at, "domain " + Text.forMessage(value) + " is on no bridge import found");
      return;
    }
    var s = server(bridge);
    r.domain(parts[0], at).ifPresent(d -> s.domain = d);
  }

  /** local=/DOMAIN/: the form netgen writes; any other is left. */
  private void local(String value, Origin at) {
    if (value.length() > 2 && value.startsWith("/") && value.endsWith("/")) {
      r.domain(value.substring(1, value.length() - 1), at).ifPresent(locals::add);
    } else {
      r.leave(at, "local=" + Text.forMessage(value) + " is not of the form local=/DOMAIN/");
    }
  }

  private void host(String value, Origin at) {
    String mac = null;
    String ip = null;
    String name = null;
    for (String f : Reading.fields(value, ',')) {
      if (f.matches("[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}") && mac == null) {
        mac = f;
      } else if (f.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") && ip == null) {
        ip = f;
      } else if (f.matches("[A-Za-z][A-Za-z0-9-]*") && name == null && !f.equals("infinite")) {
        name = f;
      } else if (f.startsWith("[")) {
        r.leave(at, "dhcp-host IPv6 address " + Text.forMessage(f) + " is not imported yet");
      }
    }
    if (mac != null
        && ip == null
        && name != null
        && r.mac(mac, at).flatMap(m -> r.draft.nicWithMac(m.text())).isPresent()) {
      return; // a guest's name, which netgen derives from the guest's own
    }
    if (mac == null || ip == null) {
      r.leave(
          at,
          "dhcp-host " + Text.forMessage(value) + ": the model holds a MAC's fixed address only");
      return;
    }
    new Reservations(r).reserve(null, ip, mac, at, name);
  }
}
