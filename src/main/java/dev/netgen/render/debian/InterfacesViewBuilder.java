package dev.netgen.render.debian;

import dev.netgen.model.Address;
import dev.netgen.model.Address6;
import dev.netgen.model.Bridge;
import dev.netgen.model.Interface;
import dev.netgen.model.Ipv6;
import dev.netgen.model.Located;
import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import dev.netgen.model.Seconds;
import dev.netgen.model.Tap;
import dev.netgen.model.UnixName;
import dev.netgen.render.FirewallHooks;
import dev.netgen.render.RenderContext;
import dev.netgen.render.debian.InterfacesView.Option;
import dev.netgen.render.debian.InterfacesView.Stanza;
import dev.netgen.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the model into ifupdown stanzas as ifupdown 0.8 and bridge-utils read them
 * (docs/formats.md). Stanzas go interfaces, taps, bridges: {@code ifup -a} follows the order of the
 * auto lines, so every tap exists, with its owner, before the bridge that enslaves it. Timers are
 * in seconds.
 *
 * <p>Everything a port needs before it joins (its MAC, 4-address mode) is a {@code pre-up} line of
 * its bridge: those run before bridge-utils' if-pre-up.d hook creates the bridge and adds the
 * ports, whether the bridge comes up by {@code ifup -a} or alone. A port's own stanza is never
 * brought up by this file (bridge-utils brings ports up), so an option there would do nothing.
 */
final class InterfacesViewBuilder {
  private static final OutputPath MAIN_FILE = OutputPath.of("etc/network/interfaces");

  private final RenderContext context;

  InterfacesViewBuilder(RenderContext context) {
    this.context = context;
  }

  InterfacesView build() {
    var model = context.model();
    var stanzas = new ArrayList<Stanza>();
    for (Interface iface : model.interfaces().values()) {
      stanzas.add(interfaceStanza(iface));
      if (context.wiring().bridgeOf(iface.name().value().text()).isEmpty()) {
        stanzas.addAll(inet6(iface.name().value().text(), iface.address6(), iface.gateway6()));
      }
    }
    model.taps().values().forEach(t -> stanzas.add(tapStanza(t)));
    for (Bridge bridge : model.bridges().values()) {
      stanzas.add(bridgeStanza(bridge));
      stanzas.addAll(inet6(bridge.name().value().text(), bridge.address6(), bridge.gateway6()));
    }
    boolean mainFile = context.layout().path(OutputKey.INTERFACES).equals(MAIN_FILE);
    boolean dhcp = model.bridges().values().stream().anyMatch(b -> b.dhcpServer().isPresent());
    String dnsmasqConf = dhcp ? context.layout().path(OutputKey.DNSMASQ).absolute() : "";
    boolean fourAddress =
        model.bridges().values().stream().anyMatch(b -> !fourAddressPorts(b).isEmpty());
    return new InterfacesView(
        mainFile, dnsmasqConf, context.layout().dnsmasqInstance(), fourAddress, stanzas);
  }

  private Stanza interfaceStanza(Interface iface) {
    String name = iface.name().value().text();
    String kind = name + ": " + iface.type().value().id();
    var bridge = context.wiring().bridgeOf(name);
    if (bridge.isPresent()) {
      // A port carries no address of its own (the bridge does); manual keeps ifup from running
      // DHCP on it should anything bring it up by name. Its bridge brings it up.
      String comment = kind + ", port of " + bridge.get().name().value();
      var before = new ArrayList<String>();
      VlanPort.of(name).ifPresent(vlan -> before.add("VLAN"));
      iface.mac().ifPresent(mac -> before.add("MAC"));
      if (fourAddress(iface)) {
        before.add("4-address mode");
      }
      if (!before.isEmpty()) {
        comment += " (" + String.join(" and ", before) + " set by the bridge's pre-up)";
      }
      return new Stanza(comment, "", name + " inet manual", List.of());
    }
    var options = new Options();
    Address address = iface.address().value();
    if (address instanceof Address.Static fixed) {
      options.add("address", fixed.cidr().toString());
      iface.gateway().ifPresent(gw -> options.add("gateway", gw.value().toString()));
    }
    iface.mac().ifPresent(mac -> options.add("hwaddress", mac.value().toString()));
    // auto, not allow-hotplug: networking.service's `ifup -a`, and network-online.target with it,
    // wait only for the auto class, and nothing starts the hotplug class at boot but udev (never
    // for a VLAN, which ifup itself creates). An uplink missing at boot fails ifup -a visibly.
    return new Stanza(kind, "auto " + name, name + " inet " + method(address), options.list);
  }

  private Stanza tapStanza(Tap tap) {
    String name = tap.name().value().text();
    var options = new Options();
    tap.mac().ifPresent(mac -> options.add("hwaddress", mac.value().toString()));
    String word = Text.forShellWord(name);
    var create = new StringBuilder("ip tuntap add dev ").append(word).append(" mode tap");
    tap.owner()
        .map(Located::value)
        .map(UnixName::text)
        .ifPresent(u -> create.append(" user ").append(Text.forShellWord(u)));
    tap.group()
        .map(Located::value)
        .map(UnixName::text)
        .ifPresent(g -> create.append(" group ").append(Text.forShellWord(g)));
    options.add("pre-up", create.toString());
    options.add("post-down", "ip tuntap del dev " + word + " mode tap");
    String comment =
        name
            + ": tap for QEMU"
            + context.wiring().bridgeOf(name).map(b -> ", port of " + b.name().value()).orElse("");
    return new Stanza(comment, "auto " + name, name + " inet manual", options.list);
  }

  private Stanza bridgeStanza(Bridge bridge) {
    String name = bridge.name().value().text();
    var options = new Options();
    Address address = bridge.address().value();
    if (address instanceof Address.Static fixed) {
      options.add("address", fixed.cidr().toString());
      bridge.gateway().ifPresent(gw -> options.add("gateway", gw.value().toString()));
    }
    bridge.mac().ifPresent(mac -> options.add("hwaddress", mac.value().toString()));
    var ports = bridge.ports().stream().map(p -> p.value().text()).toList();
    // Without bridge_ports bridge-utils does nothing at all, so a bridge without ports says none.
    options.add("bridge_ports", ports.isEmpty() ? "none" : String.join(" ", ports));
    bridge.stp().ifPresent(on -> options.add("bridge_stp", on.value() ? "on" : "off"));
    bridge.forwardDelay().ifPresent(s -> options.add("bridge_fd", seconds(s.value())));
    bridge.helloTime().ifPresent(s -> options.add("bridge_hello", seconds(s.value())));
    options.add("bridge_maxwait", String.valueOf(maxWait(bridge)));
    for (var port : context.wiring().interfacePorts(bridge)) {
      VlanPort.of(port.name().value().text())
          .ifPresent(vlan -> vlan.createLines().forEach(line -> options.add("pre-up", line)));
    }
    for (var port : context.wiring().interfacePorts(bridge)) {
      String word = Text.forShellWord(port.name().value().text());
      port.iface()
          .mac()
          .ifPresent(
              mac -> options.add("pre-up", "ip link set dev " + word + " address " + mac.value()));
    }
    fourAddressPorts(bridge)
        .forEach(
            port -> options.add("pre-up", "iw dev " + Text.forShellWord(port) + " set 4addr on"));
    var firewall = new FirewallHooks(context);
    firewall.beforeUp(bridge).forEach(c -> options.add("pre-up", c));
    firewall.afterUp(bridge).forEach(c -> options.add("post-up", c));
    // A clean-up that fails must not keep the bridge from going down (ifdown stops at a failing
    // pre-down line and leaves the bridge up).
    firewall.beforeDown(bridge).forEach(c -> options.add("pre-down", c + " || true"));
    return new Stanza(
        name + ": bridge", "auto " + name, name + " inet " + method(address), options.list);
  }

  /**
   * The device's IPv6 stanzas, after its inet one: one inet6 static stanza per fixed address (the
   * first with the gateway), then inet6 auto or dhcp. A static stanza sets accept_ra to 0, so the
   * auto or dhcp one comes last; it sets accept_ra 2 when the host forwards IPv6, or the kernel
   * ignores the LAN's router advertisements and the host loses its IPv6 default route.
   */
  private List<Stanza> inet6(
      String name, List<Located<Address6>> forms, Optional<Located<Ipv6>> gateway6) {
    var stanzas = new ArrayList<Stanza>();
    boolean first = true;
    for (var form : forms) {
      if (form.value() instanceof Address6.Static fixed) {
        var options = new Options();
        options.add("address", fixed.cidr().toString());
        if (first) {
          gateway6.ifPresent(gw -> options.add("gateway", gw.value().toString()));
        }
        first = false;
        if (context.model().bridges().containsKey(name)) {
          // a bridge of taps has no carrier until a guest starts, so DAD cannot finish and
          // ifupdown's wait for it fails the bridge: added nodad, not waited for
          options.add("dad-attempts", "0");
        }
        stanzas.add(
            new Stanza(name + ": IPv6 " + fixed.cidr(), "", name + " inet6 static", options.list));
      }
    }
    var learned =
        forms.stream().map(Located::value).filter(f -> !(f instanceof Address6.Static)).toList();
    if (!learned.isEmpty()) {
      var options = new Options();
      if (context.model().needsAcceptRa2(forms)) {
        options.add("accept_ra", "2");
      }
      boolean dhcp = learned.stream().anyMatch(f -> f instanceof Address6.Dhcp6);
      String how = dhcp ? "DHCPv6" : "SLAAC";
      stanzas.add(
          new Stanza(
              name + ": IPv6 by " + how,
              "",
              name + " inet6 " + (dhcp ? "dhcp" : "auto"),
              options.list));
    }
    return stanzas;
  }

  /**
   * bridge_maxwait: how long ifup waits for the ports to forward before it goes on (to the DHCP
   * client, then the next stanza). A bridge that takes its address by DHCP with STP on waits the
   * ports' 2 x forward delay and a second more: started at once, ifupdown's udhcpc gives up 9 s
   * after it starts, before a ping-checking router's offer comes (measured by lab/boot-debian.sh;
   * bridge-utils stops waiting as soon as they forward). Any other bridge waits for nothing: unset,
   * ifup would wait up to 2 x (bridge_fd + 1) s, and that long in full while a tap has no guest.
   */
  private static long maxWait(Bridge bridge) {
    return bridge.dhcpWaitsForPorts() ? bridge.portsForwardAfterSeconds() + 1 : 0;
  }

  /** The bridge's wireless ports in 4-address mode, in port order. */
  private List<String> fourAddressPorts(Bridge bridge) {
    return context.wiring().interfacePorts(bridge).stream()
        .filter(p -> fourAddress(p.iface()))
        .map(p -> p.name().value().text())
        .toList();
  }

  /** bridge-utils reads its timers as decimal seconds: "2", "1.5", "0.25". */
  private static String seconds(Seconds timer) {
    return BigDecimal.valueOf(timer.duration().toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  private static boolean fourAddress(Interface iface) {
    return iface.wireless() && iface.fourAddrOn();
  }

  private static String method(Address address) {
    if (address instanceof Address.Static) {
      return "static";
    }
    return address instanceof Address.Dhcp ? "dhcp" : "manual";
  }

  /** The option lines of one stanza, in order. */
  private static final class Options {
    private final List<Option> list = new ArrayList<>();

    void add(String name, String value) {
      list.add(new Option(name, value));
    }
  }
}
