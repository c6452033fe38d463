package dev.netgen.check;

import dev.netgen.model.Address;
import dev.netgen.model.Bridge;
import dev.netgen.model.Cidr;
import dev.netgen.model.Interface;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Located;
import dev.netgen.model.Mac;
import dev.netgen.model.Seconds;
import dev.netgen.model.Tap;
import dev.netgen.model.Upstream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The facts about one modelled device: there, up, its MAC and addresses, and its kind's own. */
final class DeviceFacts {
  private final Context context;
  private final Consumer<Fact> out;

  DeviceFacts(Context context, Consumer<Fact> out) {
    this.context = context;
    this.out = out;
  }

  void nic(Interface nic) {
    String name = nic.name().value().text();
    var link = exists(name, nic.mac());
    if (link.isEmpty()) {
      return;
    }
    common(name, link.get(), nic.mac(), nic.address().value());
    if (nic.fourAddrOn()) {
      out.accept(FourAddress.fact(context.host(), name));
    }
  }

  void tap(Tap tap) {
    String name = tap.name().value().text();
    var found = exists(name, tap.mac());
    if (found.isEmpty()) {
      return;
    }
    Link link = found.get();
    common(name, link, tap.mac(), new Address.None());
    if (!link.kind().equals("tun") || !link.detail("type").equals("tap")) {
      out.accept(
          Fact.fail(
              name,
              "kind",
              "tap",
              link.kind().isEmpty() ? "not a tap" : link.kind(),
              "something else made a device called "
                  + name
                  + ": remove it (ip link del "
                  + name
                  + ") and "
                  + context.upCommand(name)));
      return;
    }
    out.accept(
        Fact.equal(
            name,
            "persistent",
            "yes",
            link.detail("persist").equals("true") ? "yes" : "no",
            "a tap that is not persistent goes away with the process that made it: "
                + context.upCommand(name)
                + " makes it persistent"));
    tap.owner()
        .ifPresent(
            owner ->
                out.accept(
                    Fact.equal(
                        name,
                        "owner",
                        owner.value().text(),
                        orNone(link.detail("user")),
                        "QEMU running as "
                            + owner.value().text()
                            + " cannot open the tap: recreate it (ip link del "
                            + name
                            + "; "
                            + context.upCommand(name)
                            + ")")));
    tap.group()
        .ifPresent(
            group ->
                out.accept(
                    Fact.equal(
                        name,
                        "group",
                        group.value().text(),
                        orNone(link.detail("group")),
                        "QEMU in group "
                            + group.value().text()
                            + " cannot open the tap: recreate it (ip link del "
                            + name
                            + "; "
                            + context.upCommand(name)
                            + ")")));
  }

  void bridge(Bridge bridge) {
    String name = bridge.name().value().text();
    var found = exists(name, bridge.mac());
    if (found.isEmpty()) {
      return;
    }
    Link link = found.get();
    common(name, link, bridge.mac(), bridge.address().value());
    if (!link.kind().equals("bridge")) {
      out.accept(
          Fact.fail(
              name,
              "kind",
              "bridge",
              link.kind().isEmpty() ? "not a bridge" : link.kind(),
              "something else made a device called "
                  + name
                  + ": remove it and "
                  + context.upCommand(name)));
      return;
    }
    for (Located<dev.netgen.model.IfName> port : bridge.ports()) {
      String p = port.value().text();
      String master =
          context
              .host()
              .link(p)
              .map(l -> l.master().map(m -> "port of " + m).orElse("in no bridge"))
              .orElse("absent");
      out.accept(
          Fact.equal(
              name,
              "port " + p,
              "port of " + name,
              master,
              "ip link set "
                  + p
                  + " master "
                  + name
                  + " (or "
                  + context.upCommand(name)
                  + "), and see the facts about "
                  + p));
    }
    String stp = link.detail("stp_state");
    out.accept(
        Fact.equal(
            name,
            "stp",
            bridge.stpOn() ? "on" : "off",
            stp.isEmpty() ? "unknown" : stp.equals("0") ? "off" : "on",
            "the bridge was set up by something else: "
                + context.upCommand(name)
                + " again, or ip link set "
                + name
                + " type bridge stp_state "
                + (bridge.stpOn() ? 1 : 0)));
    bridge
        .forwardDelay()
        .ifPresent(d -> timer(name, "forward_delay", d.value(), link.detail("forward_delay")));
    bridge
        .helloTime()
        .ifPresent(d -> timer(name, "hello_time", d.value(), link.detail("hello_time")));
    bridge.staticCidr().ifPresent(cidr -> routedElsewhere(name, cidr.subnet()));
  }

  /**
   * The device is there; if not, the fact says so and, for a renamed NIC, what it is called now.
   */
  private Optional<Link> exists(String name, Optional<Located<Mac>> mac) {
    var link = context.host().link(name);
    if (link.isPresent()) {
      out.accept(Fact.pass(name, "exists", "present", "present"));
      return link;
    }
    Optional<Link> sameMac =
        mac.flatMap(
            m ->
                context.host().links().values().stream()
                    .filter(l -> l.mac().equalsIgnoreCase(m.value().toString()))
                    .findFirst());
    if (sameMac.isPresent()) {
      String now = sameMac.get().name();
      out.accept(
          Fact.fail(
              name,
              "exists",
              "present",
              "absent; " + now + " has its MAC " + mac.get().value(),
              name
                  + " was renamed to "
                  + now
                  + " (udev, a new kernel's predictable names): name it back (ip link set "
                  + now
                  + " name "
                  + name
                  + ", or a udev/systemd .link rule), or rename it in the model"));
      return Optional.empty();
    }
    String strangers = context.strangers();
    out.accept(
        Fact.fail(
            name,
            "exists",
            "present",
            strangers.isEmpty() ? "absent" : "absent; not in the model: " + strangers,
            strangers.isEmpty()
                ? context.upCommand(name) + " creates or configures it"
                : "if "
                    + name
                    + " was renamed, name it back or rename it in the model; otherwise "
                    + context.upCommand(name)));
    return Optional.empty();
  }

  private void common(String name, Link link, Optional<Located<Mac>> mac, Address address) {
    out.accept(
        Fact.equal(
            name,
            "up",
            "up",
            link.up() ? "up" : "down",
            "ip link set " + name + " up, or " + context.upCommand(name)));
    mac.ifPresent(
        m ->
            out.accept(
                Fact.equal(
                    name,
                    "mac",
                    m.value().toString(),
                    link.mac().toLowerCase(java.util.Locale.ROOT),
                    "the model sets the MAC when the device comes up: ifdown and "
                        + context.upCommand(name))));
    out.accept(address(name, link, address));
  }

  private Fact address(String name, Link link, Address address) {
    String found = link.ipv4().isEmpty() ? "none" : String.join(" ", link.ipv4());
    if (address instanceof Address.Static s) {
      return link.ipv4().contains(s.cidr().toString())
          ? Fact.pass(name, "address", s.cidr().toString(), found)
          : Fact.fail(
              name,
              "address",
              s.cidr().toString(),
              found,
              "ip addr add " + s.cidr() + " dev " + name + ", or " + context.upCommand(name));
    }
    if (address instanceof Address.Dhcp) {
      Optional<Cidr> lan =
          context.model().host().upstream().map(Upstream::subnet).map(Located::value);
      String expected = lan.map(c -> "by DHCP, in " + c).orElse("by DHCP");
      boolean ok = link.ipv4().stream().anyMatch(a -> lan.map(c -> inside(c, a)).orElse(true));
      return ok
          ? Fact.pass(name, "address", expected, found)
          : Fact.fail(
              name,
              "address",
              expected,
              found,
              "no lease from the LAN's DHCP server: is "
                  + name
                  + " up and linked, does the server answer? ("
                  + context.upCommand(name)
                  + " runs the client again)");
    }
    return link.ipv4().isEmpty()
        ? Fact.pass(name, "address", "none", found)
        : Fact.warn(
            name,
            "address",
            "none",
            found,
            "the model gives "
                + name
                + " no address; something else added "
                + found
                + " (a DHCP client, NetworkManager?): ip addr flush dev "
                + name);
  }

  private static boolean inside(Cidr lan, String address) {
    try {
      return lan.contains(Ipv4.parse(address.substring(0, address.indexOf('/'))));
    } catch (InvalidValueException | StringIndexOutOfBoundsException e) {
      return false;
    }
  }

  private void timer(String bridge, String key, Seconds wanted, String centiseconds) {
    long wantedCs = wanted.duration().toMillis() / 10;
    String found = centiseconds.isEmpty() ? "unknown" : seconds(centiseconds);
    out.accept(
        Fact.equal(
            bridge,
            key,
            seconds(Long.toString(wantedCs)),
            found,
            "ip link set "
                + bridge
                + " type bridge "
                + key
                + " "
                + wantedCs
                + " (centiseconds), or "
                + context.upCommand(bridge)
                + " again"));
  }

  /** Kernel centiseconds as seconds text: "200" -> "2 s", "150" -> "1.5 s". */
  private static String seconds(String centiseconds) {
    try {
      return java.math.BigDecimal.valueOf(Long.parseLong(centiseconds), 2)
              .stripTrailingZeros()
              .toPlainString()
          + " s";
    } catch (NumberFormatException e) {
      return centiseconds;
    }
  }

  /**
   * A route into the bridge's subnet through another device: the subnet is not the bridge's alone.
   */
  private void routedElsewhere(String bridge, Cidr subnet) {
    List<String> others =
        context.prefixes().entrySet().stream()
            .filter(e -> !e.getKey().dev().equals(bridge) && e.getValue().overlaps(subnet))
            .map(e -> e.getKey().dst() + " dev " + e.getKey().dev())
            .toList();
    out.accept(
        others.isEmpty()
            ? Fact.pass(
                bridge, "subnet route", subnet + " only through " + bridge, "no other route")
            : Fact.fail(
                bridge,
                "subnet route",
                subnet + " only through " + bridge,
                String.join(", ", others),
                "another interface claims the guests' subnet (a VPN, libvirt's virbr0, Docker's bridge?): move one of them to a subnet of its own"));
  }

  private static String orNone(String text) {
    return text.isEmpty() ? "none" : text;
  }
}
