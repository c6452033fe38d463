package dev.netgen.render.gentoo;

import dev.netgen.model.Address;
import dev.netgen.model.Address6;
import dev.netgen.model.Bridge;
import dev.netgen.model.IfName;
import dev.netgen.model.Interface;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Ipv6;
import dev.netgen.model.Located;
import dev.netgen.model.Metric;
import dev.netgen.model.Route;
import dev.netgen.model.Seconds;
import dev.netgen.model.Tap;
import dev.netgen.model.UnixName;
import dev.netgen.render.FirewallHooks;
import dev.netgen.render.RenderContext;
import dev.netgen.render.Resolvers;
import dev.netgen.render.gentoo.NetifrcView.Assignment;
import dev.netgen.render.gentoo.NetifrcView.Block;
import dev.netgen.render.gentoo.NetifrcView.Hook;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the model into conf.d/net variables as current netifrc reads them (docs/formats.md): names
 * through OpenRC's shell_var, timers in centiseconds (the sysfs unit), no deprecated brctl_*.
 * Blocks go interfaces, taps, bridges: each tap is defined before the bridge that needs it.
 */
final class NetifrcViewBuilder {
  /** The kernel's forward delay when STP is on and none is set. */
  /** Seconds carrier_timeout allows beyond the ports' 2 x forward_delay (see carrierTimeout). */
  static final long CARRIER_MARGIN_SECONDS = 6;

  private static final String NOT_AT_BOOT =
      ", not started at boot (autostart: false): rc-service net.";

  private final RenderContext context;

  NetifrcViewBuilder(RenderContext context) {
    this.context = context;
  }

  NetifrcView build() {
    var model = context.model();
    var blocks = new ArrayList<Block>();
    model.interfaces().values().forEach(i -> blocks.add(interfaceBlock(i)));
    model.taps().values().forEach(t -> blocks.add(tapBlock(t)));
    model.bridges().values().forEach(b -> blocks.add(bridgeBlock(b)));
    var preup = new ArrayList<Hook>();
    var postup = new ArrayList<Hook>();
    var predown = new ArrayList<Hook>();
    for (Interface iface : model.interfaces().values()) {
      if (context.wiring().bridgeOf(iface.name().value().text()).isEmpty()) {
        acceptRa2(preup, iface.name().value(), iface.address6());
      }
    }
    var firewall = new FirewallHooks(context);
    for (Bridge bridge : model.bridges().values()) {
      // 4-address mode goes on in the port's own service, before it associates (mac80211
      // refuses the change on an associated station); the bridge needs that service.
      for (var port : context.wiring().interfacePorts(bridge)) {
        if (fourAddress(port.iface())) {
          String word = Text.forShellWord(port.name().value().text());
          preup.add(new Hook(word, List.of("iw dev " + word + " set 4addr on")));
        }
      }
      acceptRa2(preup, bridge.name().value(), bridge.address6());
      hook(preup, bridge, firewall.beforeUp(bridge));
      hook(postup, bridge, firewall.afterUp(bridge));
      hook(predown, bridge, firewall.beforeDown(bridge));
    }
    return new NetifrcView(blocks, preup, postup, predown);
  }

  private Block interfaceBlock(Interface iface) {
    String name = iface.name().value().text();
    var bridge = context.wiring().bridgeOf(name);
    var vars = new Vars(iface.name().value());
    // A port carries no address of its own: the bridge does (and netifrc would run DHCP on it).
    vars.add(
        "config",
        bridge.isPresent() ? "null" : config(iface.address().value(), iface.address6(), ""));
    if (bridge.isEmpty()) {
      routes(iface.gateway(), iface.gatewayMetric(), iface.routes(), iface.gateway6())
          .ifPresent(r -> vars.add("routes", r));
    }
    iface.mac().ifPresent(mac -> vars.add("mac", mac.value().toString()));
    iface.mtu().ifPresent(mtu -> vars.add("mtu", mtu.value().toString()));
    resolvers(iface.name(), vars);
    if (!context.model().bridges().isEmpty()) {
      // With bridges, "net" (what dnsmasq and other services need) means the bridges are up: a
      // port is not the network, and an uplink whose DHCP fails must not keep dnsmasq from
      // serving the guests.
      vars.add("rc_net", "provide", "!net");
    }
    String comment =
        name
            + ": "
            + iface.type().value().id()
            + bridge.map(b -> ", port of " + b.name().value()).orElse("");
    if (bridge.isEmpty() && !iface.autostartOn()) {
      comment += NOT_AT_BOOT + name + " start";
    }
    if (bridge.isPresent() && fourAddress(iface)) {
      comment += " (4-address mode, set by preup)";
    }
    return new Block(comment, vars.list);
  }

  private Block tapBlock(Tap tap) {
    var vars = new Vars(tap.name().value());
    vars.add("tuntap", "tap");
    ownership(tap).ifPresent(opts -> vars.add("iproute2", opts));
    vars.add("config", "null");
    tap.mac().ifPresent(mac -> vars.add("mac", mac.value().toString()));
    tap.mtu().ifPresent(mtu -> vars.add("mtu", mtu.value().toString()));
    // A tap must not count as "the network is up" for services that need net.
    vars.add("rc_net", "provide", "!net");
    String comment =
        tap.name().value()
            + ": tap for QEMU"
            + context
                .wiring()
                .bridgeOf(tap.name().value().text())
                .map(b -> ", port of " + b.name().value())
                .orElse("");
    return new Block(comment, vars.list);
  }

  private Block bridgeBlock(Bridge bridge) {
    var vars = new Vars(bridge.name().value());
    vars.add("config", config(bridge.address().value(), bridge.address6(), " nodad"));
    routes(bridge.gateway(), bridge.gatewayMetric(), bridge.routes(), bridge.gateway6())
        .ifPresent(r -> vars.add("routes", r));
    vars.add(
        "bridge", String.join(" ", bridge.ports().stream().map(p -> p.value().text()).toList()));
    // bridge_<key>_BR goes raw into /sys/class/net/BR/bridge/<key>: centiseconds.
    bridge.forwardDelay().ifPresent(s -> vars.add("bridge_forward_delay", centis(s)));
    bridge.helloTime().ifPresent(s -> vars.add("bridge_hello_time", centis(s)));
    bridge.stp().ifPresent(on -> vars.add("bridge_stp_state", on.value() ? "1" : "0"));
    bridge.mac().ifPresent(mac -> vars.add("mac", mac.value().toString()));
    // Set after the bridge module has added the ports, so the kernel keeps it as written.
    bridge.mtu().ifPresent(mtu -> vars.add("mtu", mtu.value().toString()));
    resolvers(bridge.name(), vars);
    carrierTimeout(bridge).ifPresent(t -> vars.add("carrier_timeout", Long.toString(t)));
    // Every port's own service runs first (its MAC, 4-address mode, a wireless port's
    // association), and restarting a port restarts the bridge, which adds the port back.
    if (!bridge.ports().isEmpty()) {
      String need =
          String.join(" ", bridge.ports().stream().map(p -> "net." + p.value().text()).toList());
      vars.add("rc_net", "need", need);
    }
    String comment = bridge.name().value() + ": bridge";
    if (!bridge.autostartOn()) {
      comment += NOT_AT_BOOT + bridge.name().value() + " start";
    }
    return new Block(comment, vars.list);
  }

  /**
   * How long netifrc waits for the bridge's carrier before it runs the DHCP client: a bridge with
   * STP has carrier once a port forwards, 2 x forward_delay after the ports join. Started sooner,
   * the client (busybox udhcpc gives up about 9 s after it starts) spends its discovers on a bridge
   * that forwards nothing. The 6 s on top cover a real NIC's link negotiation and a loaded host;
   * the wait ends as soon as the carrier comes.
   */
  static Optional<Long> carrierTimeout(Bridge bridge) {
    return bridge.dhcpWaitsForPorts()
        ? Optional.of(bridge.portsForwardAfterSeconds() + CARRIER_MARGIN_SECONDS)
        : Optional.empty();
  }

  /**
   * routes_X: one route a line, the default route first, then the IPv6 default route. A route
   * without a metric gets netifrc's metric_X, which defaults to the device's ifindex: a metric
   * written in the model is spelled out.
   */
  private static Optional<String> routes(
      Optional<Located<Ipv4>> gateway,
      Optional<Located<Metric>> metric,
      List<Route> routes,
      Optional<Located<Ipv6>> gateway6) {
    var lines = new ArrayList<String>();
    gateway.ifPresent(
        gw ->
            lines.add(
                "default via " + gw.value() + metric.map(m -> " metric " + m.value()).orElse("")));
    gateway6.ifPresent(gw -> lines.add("default via " + gw.value()));
    routes.forEach(r -> lines.add(r.ipWords()));
    return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
  }

  /**
   * A device that learns its IPv6 route from router advertisements while the host forwards IPv6
   * needs accept_ra=2 before it comes up; set here, not in sysctl.conf, which OpenRC loads once at
   * boot, before a device that appears later exists.
   */
  private void acceptRa2(List<Hook> preup, IfName device, List<Located<Address6>> address6) {
    if (context.model().needsAcceptRa2(address6)) {
      String key = "net.ipv6.conf." + device.text().replace('.', '/') + ".accept_ra=2";
      preup.add(
          new Hook(
              Text.forShellWord(device.text()), List.of("sysctl -q -w " + Text.forShellWord(key))));
    }
  }

  /**
   * The host's resolvers on the one device that carries them: netifrc's system module writes them
   * to resolv.conf (through resolvconf when installed) as that device starts.
   */
  private void resolvers(Located<IfName> device, Vars vars) {
    Resolvers.on(context, device)
        .ifPresent(
            r -> {
              vars.addIfSet("dns_servers", r.servers());
              vars.addIfSet("dns_search", r.search());
            });
  }

  private static void hook(List<Hook> hooks, Bridge bridge, List<String> commands) {
    if (!commands.isEmpty()) {
      hooks.add(new Hook(Text.forShellWord(bridge.name().value().text()), commands));
    }
  }

  private static boolean fourAddress(Interface iface) {
    return iface.wireless() && iface.fourAddrOn();
  }

  /**
   * config_X: the IPv4 form, then each fixed IPv6 address and dhcpv6 (netifrc's dhclientv6 module),
   * one per line, as netifrc reads several entries; SLAAC is the kernel's own and needs no entry.
   * "null" only when there is nothing else. fixedFlags follow each fixed IPv6 address: a bridge's
   * get nodad, since a bridge of taps has no carrier, so no duplicate address detection, until a
   * guest starts, and netifrc would wait for it at every start.
   */
  private static String config(
      Address address, List<Located<Address6>> address6, String fixedFlags) {
    var entries = new ArrayList<String>();
    if (address instanceof Address.Static fixed) {
      entries.add(fixed.cidr().toString());
    } else if (address instanceof Address.Dhcp) {
      entries.add("dhcp");
    }
    for (var form : address6) {
      if (form.value() instanceof Address6.Static fixed) {
        entries.add(fixed.cidr() + fixedFlags);
      } else if (form.value() instanceof Address6.Dhcp6) {
        entries.add("dhcpv6");
      }
    }
    return entries.isEmpty() ? "null" : String.join("\n", entries);
  }

  /** The kernel's unit for bridge timers in sysfs, which netifrc writes as given. */
  private static String centis(Located<Seconds> seconds) {
    return Long.toString(seconds.value().duration().toMillis() / 10);
  }

  private static Optional<String> ownership(Tap tap) {
    var parts = new ArrayList<String>();
    tap.owner().map(Located::value).map(UnixName::text).ifPresent(u -> parts.add("user " + u));
    tap.group().map(Located::value).map(UnixName::text).ifPresent(g -> parts.add("group " + g));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
  }

  /** The variables of one device: PREFIX_<shell_var(device)>="value". */
  private static final class Vars {
    private final String suffix;
    private final List<Assignment> list = new ArrayList<>();

    Vars(IfName device) {
      this.suffix = "_" + Text.forNetifrcVariable(device.text());
    }

    void add(String prefix, String value) {
      addRaw(prefix + suffix, value);
    }

    void addIfSet(String prefix, String value) {
      if (!value.isEmpty()) {
        add(prefix, value);
      }
    }

    /** PREFIX_<shell_var(device)>_SUFFIX, as OpenRC's rc_net_IF_provide and _need. */
    void add(String prefix, String after, String value) {
      addRaw(prefix + suffix + "_" + after, value);
    }

    void addRaw(String name, String value) {
      list.add(new Assignment(name, Text.forNetifrcValue(value)));
    }
  }
}
