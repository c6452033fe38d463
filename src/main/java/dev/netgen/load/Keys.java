package dev.netgen.load;

import static dev.netgen.load.Grammars.DOMAIN;
import static dev.netgen.load.Grammars.IFNAME;
import static dev.netgen.load.Grammars.IPV4;
import static dev.netgen.load.Grammars.MAC;
import static dev.netgen.load.Grammars.RANGE;
import static dev.netgen.load.Grammars.SECONDS;
import static dev.netgen.load.Grammars.UNIX_NAME;

import dev.netgen.model.Address;
import dev.netgen.model.Address6;
import dev.netgen.model.Bridge;
import dev.netgen.model.BridgeMode;
import dev.netgen.model.Cidr;
import dev.netgen.model.Dhcp6Server;
import dev.netgen.model.DhcpServer;
import dev.netgen.model.Distro;
import dev.netgen.model.Domain;
import dev.netgen.model.Firewall;
import dev.netgen.model.Forwarding;
import dev.netgen.model.Guest;
import dev.netgen.model.GuestName;
import dev.netgen.model.Host;
import dev.netgen.model.IfName;
import dev.netgen.model.Interface;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Ipv6;
import dev.netgen.model.Lease;
import dev.netgen.model.Located;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;
import dev.netgen.model.Nic;
import dev.netgen.model.NicModel;
import dev.netgen.model.NicType;
import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import dev.netgen.model.Port;
import dev.netgen.model.PortForward;
import dev.netgen.model.Proto;
import dev.netgen.model.Ra6Mode;
import dev.netgen.model.Range;
import dev.netgen.model.Range6;
import dev.netgen.model.RuleId;
import dev.netgen.model.Seconds;
import dev.netgen.model.Tap;
import dev.netgen.model.UnixName;
import dev.netgen.model.Uplink;
import dev.netgen.model.Upstream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The model's keys: one table per map, each key with the grammar of its value, how its value lands
 * in the record, and what it means. The loader reads by these tables (allowed keys, the
 * did-you-mean hint, required keys), `netgen schema` is written from them, and a test holds
 * docs/model.md to them. A new key is one line in its table and one in the table's build; a table
 * comes after the tables of the maps it holds.
 */
final class Keys {
  static final String VERSION = "1";

  // Keys that interfaces, taps and bridges share.
  static final Key<Optional<Located<Mac>>> MAC_KEY = Key.of("mac", MAC).labelled("MAC");
  static final Key<Optional<Located<Address>>> ADDRESS = Key.of("address", Grammars.ADDRESS);
  static final Key<Optional<Located<Ipv4>>> GATEWAY = Key.of("gateway", IPV4);
  static final Key<List<Located<Address6>>> ADDRESS6 =
      Key.of("address6", new Kind.ListOf<>("IPv6 address", Grammars.ADDRESS6))
          .about("the device's IPv6 addresses: auto (SLAAC), dhcp6, or fixed, any number");
  static final Key<Optional<Located<Ipv6>>> GATEWAY6 =
      Key.of("gateway6", Grammars.IPV6).about("IPv6 default route; link-local needs this device");

  // host.upstream
  static final Key<Optional<Located<Cidr>>> SUBNET =
      Key.of("subnet", Grammars.SUBNET)
          .labelled("upstream subnet")
          .mandatory()
          .about("the LAN's network address");
  static final Key<Optional<Range>> DHCP_RANGE =
      Key.of("dhcp_range", RANGE)
          .labelled("upstream dhcp_range")
          .about("the LAN router's own pool");
  static final Table<Upstream> UPSTREAM =
      Table.of(
          List.of(SUBNET, DHCP_RANGE),
          v -> v.get(SUBNET).map(s -> new Upstream(s, v.get(DHCP_RANGE), v.at())));

  // host
  static final Key<Optional<Located<Domain>>> HOST_NAME =
      Key.of("name", DOMAIN).labelled("host name").about("shown in generated headers");
  static final Key<Optional<Located<Distro>>> DISTRO =
      Key.of("distro", new Kind.Choice<>(List.of(Distro.values()))).about("default --target");
  static final Key<Optional<Upstream>> UPSTREAM_KEY =
      Key.of("upstream", new Kind.MapOf<>(UPSTREAM));
  static final Key<Optional<Located<Firewall>>> FIREWALL =
      Key.of("firewall", new Kind.Choice<>(List.of(Firewall.values())))
          .defaulting(Firewall.IPTABLES.id())
          .about(
              "the packet filter netgen's rules are written for; absent means iptables, which"
                  + " models from before this key used (new models write nftables)");
  static final Table<Host> HOST =
      Table.of(
          List.of(HOST_NAME, DISTRO, UPSTREAM_KEY, FIREWALL),
          v ->
              Optional.of(
                  new Host(v.get(HOST_NAME), v.get(DISTRO), v.get(UPSTREAM_KEY), v.get(FIREWALL))));

  // interfaces.NAME
  static final Key<Optional<Located<NicType>>> TYPE =
      Key.of("type", new Kind.Choice<>(List.of(NicType.values())))
          .labelled("interface type")
          .defaulting(NicType.ETHERNET.name().toLowerCase(Locale.ROOT));
  static final Key<Optional<Located<Boolean>>> FOUR_ADDR =
      Key.of("four_addr", new Kind.Bool())
          .about("wireless only: 4-address (WDS) mode, which lets it join a bridge");
  static final Table<Interface> INTERFACE =
      Table.of(
          List.of(TYPE, ADDRESS, GATEWAY, ADDRESS6, GATEWAY6, MAC_KEY, FOUR_ADDR),
          v -> {
            var name = v.name(IfName.class);
            return Optional.of(
                new Interface(
                    name,
                    v.get(TYPE).orElse(new Located<>(NicType.ETHERNET, name.at())),
                    address(v, name),
                    v.get(GATEWAY),
                    v.get(ADDRESS6),
                    v.get(GATEWAY6),
                    v.get(MAC_KEY),
                    v.get(FOUR_ADDR)));
          });

  // taps.NAME
  static final Key<Optional<Located<UnixName>>> OWNER =
      Key.of("owner", UNIX_NAME).labelled("tap owner");
  static final Key<Optional<Located<UnixName>>> GROUP =
      Key.of("group", UNIX_NAME).labelled("tap group");
  static final Table<Tap> TAP =
      Table.of(
          List.of(OWNER, GROUP, MAC_KEY),
          v ->
              Optional.of(
                  new Tap(v.name(IfName.class), v.get(OWNER), v.get(GROUP), v.get(MAC_KEY))));

  // bridges.NAME.dhcp_server
  static final Key<Optional<Range>> DHCP_POOL =
      Key.of("range", RANGE).labelled("DHCP range").mandatory();
  static final Key<Optional<Located<Lease>>> LEASE =
      Key.of("lease", Grammars.LEASE).about("dnsmasq syntax: 45m, 12h, 1d, infinite");
  static final Key<Optional<Located<Ipv4>>> ROUTER = Key.of("router", IPV4);
  static final Key<List<Located<Ipv4>>> DNS = Key.of("dns", new Kind.ListOf<>("DNS server", IPV4));
  static final Key<Optional<Located<Domain>>> DHCP_DOMAIN = Key.of("domain", DOMAIN);

  // bridges.NAME.dhcp_server.ipv6
  static final Key<Optional<Located<Ra6Mode>>> RA6_MODE =
      Key.of("mode", new Kind.Choice<>(List.of(Ra6Mode.values())))
          .labelled("IPv6 mode")
          .mandatory()
          .about("slaac, stateless (SLAAC + DHCPv6 options) or stateful (DHCPv6 addresses)");
  static final Key<Optional<Range6>> DHCP6_POOL =
      Key.of("range", Grammars.RANGE6)
          .labelled("DHCPv6 range")
          .about("stateful only: the addresses DHCPv6 leases");
  static final Key<Optional<Located<Lease>>> LEASE6 =
      Key.of("lease", Grammars.LEASE)
          .labelled("IPv6 lease")
          .about("lease and advertised prefix lifetime, dnsmasq syntax");
  static final Table<Dhcp6Server> DHCP6_SERVER =
      Table.of(
          List.of(RA6_MODE, DHCP6_POOL, LEASE6),
          v ->
              v.get(RA6_MODE)
                  .map(m -> new Dhcp6Server(m, v.get(DHCP6_POOL), v.get(LEASE6), v.at())));
  static final Key<Optional<Dhcp6Server>> DHCP6 =
      Key.of("ipv6", new Kind.MapOf<>(DHCP6_SERVER))
          .labelled("dhcp_server ipv6")
          .about("router advertisements and DHCPv6 on this bridge");
  static final Table<DhcpServer> DHCP_SERVER =
      Table.of(
          List.of(DHCP_POOL, LEASE, ROUTER, DNS, DHCP_DOMAIN, DHCP6),
          v ->
              v.get(DHCP_POOL)
                  .map(
                      r ->
                          new DhcpServer(
                              r,
                              v.get(LEASE),
                              v.get(ROUTER),
                              v.get(DNS),
                              v.get(DHCP_DOMAIN),
                              v.get(DHCP6),
                              v.at())));

  // bridges.NAME.nat and bridges.NAME.mac_nat
  static final Key<Optional<Located<IfName>>> UPLINK_NAME = Key.of("uplink", IFNAME).mandatory();
  static final Key<Optional<Located<Boolean>>> NAT66 =
      Key.of("ipv6", new Kind.Bool())
          .labelled("nat ipv6")
          .defaulting(false)
          .about("NAT66: masquerade the bridge's IPv6 (ULA) prefix out of the uplink too");
  static final Table<Uplink> UPLINK =
      Table.of(
          List.of(UPLINK_NAME),
          v -> v.get(UPLINK_NAME).map(uplink -> new Uplink(uplink, Optional.empty(), v.at())));
  static final Table<Uplink> NAT_UPLINK =
      Table.of(
          List.of(UPLINK_NAME, NAT66),
          v -> v.get(UPLINK_NAME).map(uplink -> new Uplink(uplink, v.get(NAT66), v.at())));

  // bridges.NAME
  static final Key<List<Located<IfName>>> PORTS =
      Key.of("ports", new Kind.ListOf<>("port", IFNAME)).ofItsOwner();
  static final Key<Optional<Located<Boolean>>> STP =
      Key.of("stp", new Kind.Bool()).defaulting(false);
  static final Key<Optional<Located<Seconds>>> FORWARD_DELAY = Key.of("forward_delay", SECONDS);
  static final Key<Optional<Located<Seconds>>> HELLO_TIME = Key.of("hello_time", SECONDS);
  static final Key<Optional<DhcpServer>> DHCP =
      Key.of("dhcp_server", new Kind.MapOf<>(DHCP_SERVER))
          .about("dnsmasq serves DHCP on this bridge");
  static final Key<Optional<Uplink>> NAT =
      Key.of("nat", new Kind.MapOf<>(NAT_UPLINK))
          .ofItsOwner()
          .about("route and masquerade this bridge's subnet out of the uplink");
  static final Key<Optional<Uplink>> MAC_NAT =
      Key.of("mac_nat", new Kind.MapOf<>(UPLINK))
          .ofItsOwner()
          .about("ebtables MAC rewriting on the uplink port (bridging over wireless)");
  static final Key<Optional<Located<BridgeMode>>> MODE =
      Key.of("mode", new Kind.Choice<>(List.of(BridgeMode.values())))
          .labelled("bridge mode")
          .about(
              "nat (the default with nat:), routed (forwarded both ways, no masquerade) or"
                  + " isolated (guests reach each other and the host only)");
  static final Table<Bridge> BRIDGE =
      Table.of(
          List.of(
              PORTS,
              MAC_KEY,
              ADDRESS,
              GATEWAY,
              ADDRESS6,
              GATEWAY6,
              STP,
              FORWARD_DELAY,
              HELLO_TIME,
              DHCP,
              NAT,
              MAC_NAT,
              MODE),
          v -> {
            var name = v.name(IfName.class);
            return Optional.of(
                new Bridge(
                    name,
                    v.get(PORTS),
                    v.get(MAC_KEY),
                    address(v, name),
                    v.get(GATEWAY),
                    v.get(ADDRESS6),
                    v.get(GATEWAY6),
                    v.get(STP),
                    v.get(FORWARD_DELAY),
                    v.get(HELLO_TIME),
                    v.get(DHCP),
                    v.get(NAT),
                    v.get(MAC_NAT),
                    v.get(MODE)));
          });

  // guests.NAME.nics[]
  static final Key<Optional<Located<IfName>>> NIC_TAP = Key.of("tap", IFNAME).mandatory();
  static final Key<Optional<Located<Mac>>> NIC_MAC = Key.of("mac", MAC).labelled("MAC").mandatory();
  static final Key<Optional<Located<NicModel>>> NIC_MODEL =
      Key.of("model", Grammars.NIC_MODEL)
          .labelled("NIC model")
          .defaulting(NicModel.DEFAULT.toString());
  static final Key<Optional<Located<Ipv4>>> IP =
      Key.of("ip", IPV4).about("reserved by dnsmasq; required under mac_nat");
  static final Key<Optional<Located<Ipv6>>> IP6 =
      Key.of("ip6", Grammars.IPV6)
          .labelled("reserved IPv6 address")
          .about("reserved by dnsmasq's DHCPv6 (stateful), matched by the NIC's MAC");
  static final Table<Nic> NIC =
      Table.of(
          List.of(NIC_TAP, NIC_MAC, NIC_MODEL, IP, IP6),
          v -> {
            var tap = v.get(NIC_TAP);
            var mac = v.get(NIC_MAC);
            if (tap.isEmpty() || mac.isEmpty()) {
              return Optional.empty();
            }
            return Optional.of(
                new Nic(tap.get(), mac.get(), v.get(NIC_MODEL), v.get(IP), v.get(IP6), v.at()));
          });

  // guests.NAME.forwards[]
  static final Key<Optional<Located<Proto>>> PROTO =
      Key.of("proto", new Kind.Choice<>(List.of(Proto.values()))).mandatory();
  static final Key<Optional<Located<Port>>> PORT =
      Key.of("port", Grammars.PORT).labelled("forwarded port").mandatory().about("the host's port");
  static final Key<Optional<Located<Port>>> TO =
      Key.of("to", Grammars.PORT).labelled("guest port").about("the guest's port; default: port");
  static final Key<Optional<Located<Ipv4>>> FROM =
      Key.of("from", IPV4)
          .labelled("forward address")
          .about("only connections to this address of the host; default: any of its addresses");
  static final Table<PortForward> PORT_FORWARD =
      Table.of(
          List.of(PROTO, PORT, TO, FROM),
          v -> {
            var proto = v.get(PROTO);
            var port = v.get(PORT);
            if (proto.isEmpty() || port.isEmpty()) {
              return Optional.empty();
            }
            return Optional.of(
                new PortForward(proto.get(), port.get(), v.get(TO), v.get(FROM), v.at()));
          });

  // guests.NAME
  static final Key<List<Nic>> NICS =
      Key.of("nics", new Kind.ListOfMaps<>("a NIC", NIC)).ofItsOwner();
  static final Key<List<PortForward>> FORWARDS =
      Key.of("forwards", new Kind.ListOfMaps<>("a port forward", PORT_FORWARD))
          .ofItsOwner()
          .about("host ports forwarded to this guest's reserved address behind a nat bridge");
  static final Table<Guest> GUEST =
      Table.of(
          List.of(NICS, FORWARDS),
          v -> Optional.of(new Guest(v.name(GuestName.class), v.get(NICS), v.get(FORWARDS))));

  // forwarding
  static final Key<Optional<Located<Boolean>>> IPV4_FORWARDING =
      Key.of("ipv4", new Kind.Bool())
          .labelled("forwarding ipv4")
          .about("default: true when any bridge has nat");
  static final Key<Optional<Located<Boolean>>> IPV6_FORWARDING =
      Key.of("ipv6", new Kind.Bool())
          .labelled("forwarding ipv6")
          .about("default: true when any bridge has nat.ipv6");
  static final Table<Forwarding> FORWARDING =
      Table.of(
          List.of(IPV4_FORWARDING, IPV6_FORWARDING),
          v -> Optional.of(new Forwarding(v.get(IPV4_FORWARDING), v.get(IPV6_FORWARDING))));

  // outputs: one key per file whose place the model may change, in OutputKey's order
  static final List<Key<Optional<Located<OutputPath>>>> OUTPUT_PATHS =
      Arrays.stream(OutputKey.values())
          .map(k -> Key.of(k.yamlKey(), Grammars.OUTPUT_PATH).labelled("outputs." + k.yamlKey()))
          .toList();
  static final Table<Map<OutputKey, Located<OutputPath>>> OUTPUTS =
      Table.of(List.copyOf(OUTPUT_PATHS), v -> Optional.of(OutputPlaces.check(v, OUTPUT_PATHS)));

  // lint
  static final Key<List<Located<RuleId>>> DISABLE =
      Key.of("disable", new Kind.ListOf<>("rule id", Grammars.RULE_ID)).labelled("lint disable");
  static final Table<List<Located<RuleId>>> LINT =
      Table.of(List.of(DISABLE), v -> Optional.of(v.get(DISABLE)));

  // the model
  static final Key<Optional<Located<String>>> VERSION_KEY =
      Key.of("version", new Kind.Version(VERSION)).mandatory();
  static final Key<Optional<Host>> HOST_KEY = Key.of("host", new Kind.MapOf<>(HOST));
  static final Key<Map<String, Interface>> INTERFACES =
      Key.of("interfaces", new Kind.Named<>("interface", IFNAME, INTERFACE))
          .about("NICs that exist; netgen configures, never creates them");
  static final Key<Map<String, Tap>> TAPS =
      Key.of("taps", new Kind.Named<>("tap", IFNAME, TAP)).about("persistent tap devices for QEMU");
  static final Key<Map<String, Bridge>> BRIDGES =
      Key.of("bridges", new Kind.Named<>("bridge", IFNAME, BRIDGE));
  static final Key<Map<String, Guest>> GUESTS =
      Key.of("guests", new Kind.Named<>("guest", Grammars.GUEST_NAME, GUEST));
  static final Key<Optional<Forwarding>> FORWARDING_KEY =
      Key.of("forwarding", new Kind.MapOf<>(FORWARDING));
  static final Key<Optional<Map<OutputKey, Located<OutputPath>>>> OUTPUTS_KEY =
      Key.of("outputs", new Kind.MapOf<>(OUTPUTS))
          .about("move a rendered file; paths are absolute inside the target root");
  static final Key<Optional<List<Located<RuleId>>>> LINT_KEY =
      Key.of("lint", new Kind.MapOf<>(LINT));
  static final Table<Model> MODEL =
      Table.of(
          List.of(
              VERSION_KEY,
              HOST_KEY,
              INTERFACES,
              TAPS,
              BRIDGES,
              GUESTS,
              FORWARDING_KEY,
              OUTPUTS_KEY,
              LINT_KEY),
          v ->
              Optional.of(
                  new Model(
                      v.file(),
                      v.get(HOST_KEY).orElse(Host.empty()),
                      v.get(INTERFACES),
                      v.get(TAPS),
                      v.get(BRIDGES),
                      v.get(GUESTS),
                      v.get(FORWARDING_KEY).orElse(Forwarding.unset()),
                      v.get(OUTPUTS_KEY).orElse(Map.of()),
                      v.get(LINT_KEY).orElse(List.of()))));

  private Keys() {}

  /** An interface's or a bridge's address; none, at the device's name, when not written. */
  private static Located<Address> address(Values v, Located<IfName> owner) {
    return v.get(ADDRESS).orElse(new Located<>(new Address.None(), owner.at()));
  }
}
