package dev.netgen.check;

import dev.netgen.model.Bridge;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A dhcp_server bridge's DHCP: someone listens on UDP 67 there, it is a dnsmasq reading netgen's
 * configuration, nobody else serves DHCP on the bridge, and no other process holds port 53 on the
 * bridge's address (netgen's dnsmasq answers DNS there unless the file says port=0). Processes are
 * seen only as root (ss -p shows only one's own otherwise).
 */
final class DhcpFacts {
  private final Context context;
  private final Consumer<Fact> out;

  DhcpFacts(Context context, Consumer<Fact> out) {
    this.context = context;
    this.out = out;
  }

  /** rendered: netgen's dnsmasq configuration, as render would write it. */
  void bridge(Bridge bridge, Optional<String> rendered) {
    String name = bridge.name().value().text();
    String ip = bridge.staticCidr().map(c -> c.address().toString()).orElse("");
    var sockets = context.host().sockets();
    if (sockets.isEmpty()) {
      out.accept(
          Fact.skip(
              name,
              "dhcp server",
              "listening",
              "ss (iproute2) could not run: " + context.host().output(Running.SOCKETS).why()));
      return;
    }
    var dhcp =
        sockets.get().stream()
            .filter(s -> s.protocol().equals("udp") && s.port() == 67 && s.serves(name, ip))
            .toList();
    if (dhcp.isEmpty()) {
      out.accept(
          Fact.fail(
              name,
              "dhcp server",
              "listening on " + name,
              "nothing listens on UDP 67",
              "start netgen's dnsmasq (Debian: systemctl restart dnsmasq; Gentoo: rc-service dnsmasq restart) and read its log"));
      return;
    }
    out.accept(Fact.pass(name, "dhcp server", "listening on " + name, describe(dhcp.get(0))));
    var servers = new LinkedHashMap<Long, Socket.Owner>();
    dhcp.forEach(s -> s.owners().forEach(o -> servers.putIfAbsent(o.pid(), o)));
    if (servers.isEmpty()) {
      out.accept(
          Fact.skip(
              name,
              "dhcp config",
              "netgen's",
              "needs root: the process behind a socket is shown only to root"));
      return;
    }
    var ours =
        servers.values().stream()
            .filter(o -> isNetgens(o, rendered))
            .map(Socket.Owner::pid)
            .collect(Collectors.toSet());
    out.accept(
        ours.isEmpty()
            ? Fact.fail(
                name,
                "dhcp config",
                "netgen's",
                owners(servers.values().stream().toList())
                    + ", none reading netgen's configuration",
                "the running dnsmasq reads another file, or an older one: restart it after netgen render (netgen diff shows the file)")
            : Fact.pass(name, "dhcp config", "netgen's", "dnsmasq pid " + ours.iterator().next()));
    var others = servers.values().stream().filter(o -> !ours.contains(o.pid())).toList();
    out.accept(
        others.isEmpty()
            ? Fact.pass(name, "other dhcp servers", "none", "none")
            : Fact.fail(
                name,
                "other dhcp servers",
                "none",
                owners(others),
                "two DHCP servers on one bridge answer guests in turn: stop the other (libvirt's default network: virsh net-destroy default; a system dnsmasq: give it except-interface="
                    + name
                    + " and bind-dynamic)"));
    if (!ip.isEmpty() && rendered.map(DhcpFacts::servesDns).orElse(false)) {
      var dns =
          sockets.get().stream()
              .filter(s -> s.port() == 53 && s.serves(name, ip))
              .flatMap(s -> s.owners().stream())
              .filter(o -> !ours.contains(o.pid()))
              .distinct()
              .toList();
      out.accept(
          dns.isEmpty()
              ? Fact.pass(name, "port 53", "free for netgen's dnsmasq on " + ip, "free")
              : Fact.fail(
                  name,
                  "port 53",
                  "free for netgen's dnsmasq on " + ip,
                  owners(dns),
                  "another DNS server holds port 53 on "
                      + ip
                      + " (bound to every address?): bind it to its own addresses only"));
    }
  }

  private boolean isNetgens(Socket.Owner owner, Optional<String> rendered) {
    if (rendered.isEmpty() || !owner.name().equals("dnsmasq")) {
      return false;
    }
    var cmdline = context.host().fileText("/proc/" + owner.pid() + "/cmdline");
    if (cmdline.isEmpty()) {
      return false;
    }
    String config = configFile(List.of(cmdline.get().split("\0")));
    return context.host().fileText(config).map(rendered.get()::equals).orElse(false);
  }

  /**
   * The configuration file of a dnsmasq command line: -C FILE, -CFILE, --conf-file[=]FILE, else
   * /etc/dnsmasq.conf.
   */
  static String configFile(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if ((a.equals("-C") || a.equals("--conf-file")) && i + 1 < args.size()) {
        return args.get(i + 1);
      }
      if (a.startsWith("--conf-file=")) {
        return a.substring("--conf-file=".length());
      }
      if (a.startsWith("-C") && a.length() > 2) {
        return a.substring(2);
      }
    }
    return "/etc/dnsmasq.conf";
  }

  private static boolean servesDns(String config) {
    return config.lines().map(String::strip).noneMatch(l -> l.equals("port=0"));
  }

  private static String describe(Socket s) {
    return s.address() + (s.device().isEmpty() ? "" : "%" + s.device()) + ":" + s.port();
  }

  private static String owners(List<Socket.Owner> owners) {
    return owners.stream()
        .map(o -> o.name() + " (pid " + o.pid() + ")")
        .collect(Collectors.joining(", "));
  }
}
