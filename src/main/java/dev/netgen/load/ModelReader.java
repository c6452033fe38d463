package dev.netgen.load;

import dev.netgen.diag.Suggest;
import dev.netgen.load.NodeReader.Entry;
import dev.netgen.model.Address;
import dev.netgen.model.Bridge;
import dev.netgen.model.Cidr;
import dev.netgen.model.DhcpServer;
import dev.netgen.model.Distro;
import dev.netgen.model.Domain;
import dev.netgen.model.Forwarding;
import dev.netgen.model.Guest;
import dev.netgen.model.GuestName;
import dev.netgen.model.Host;
import dev.netgen.model.IfName;
import dev.netgen.model.Interface;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Lease;
import dev.netgen.model.Located;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;
import dev.netgen.model.Nic;
import dev.netgen.model.NicModel;
import dev.netgen.model.NicType;
import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import dev.netgen.model.Range;
import dev.netgen.model.RuleId;
import dev.netgen.model.Seconds;
import dev.netgen.model.Tap;
import dev.netgen.model.UnixName;
import dev.netgen.model.Uplink;
import dev.netgen.model.Upstream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.Node;

/** Node tree to typed Model, section by section, following the key tables in {@link Keys}. */
final class ModelReader {
  private static final String SUPPORTED_VERSION = "1";

  private final NodeReader in;
  private final String file;

  ModelReader(NodeReader in, String file) {
    this.in = in;
    this.file = file;
  }

  Optional<Model> read(Node root) {
    var top = in.map(root, "the model", Keys.TOP);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    var keys = top.get();
    version(keys, root);
    Host host = section(keys, "host").flatMap(this::host).orElse(Host.empty());
    var interfaces = named(keys, "interfaces", "interface", IfName::parse, this::iface);
    var taps = named(keys, "taps", "tap", IfName::parse, this::tap);
    var bridges = named(keys, "bridges", "bridge", IfName::parse, this::bridge);
    var guests = named(keys, "guests", "guest", GuestName::parse, this::guest);
    var forwarding = section(keys, "forwarding").flatMap(this::forwarding).orElse(Forwarding.unset());
    var outputs = section(keys, "outputs").map(this::outputs).orElse(Map.of());
    var disable = section(keys, "lint").map(this::lintDisable).orElse(List.of());
    return Optional.of(new Model(file, host, interfaces, taps, bridges, guests, forwarding, outputs, disable));
  }

  private void version(Map<String, Entry> keys, Node root) {
    Entry entry = keys.get("version");
    if (entry == null) {
      in.error(root, "the model has no 'version'", "add `version: 1` as the first line");
      return;
    }
    in.text(entry.value(), "version")
        .filter(v -> !v.value().equals(SUPPORTED_VERSION))
        .ifPresent(
            v ->
                in.error(
                    entry.value(),
                    "unsupported model version " + dev.netgen.model.Text.quote(v.value()),
                    "this netgen reads version " + SUPPORTED_VERSION + "; write `version: 1`"));
  }

  private Optional<Node> section(Map<String, Entry> keys, String key) {
    return Optional.ofNullable(keys.get(key)).map(Entry::value);
  }

  private <N, T> Map<String, T> named(
      Map<String, Entry> keys,
      String section,
      String what,
      NodeReader.Grammar<N> nameGrammar,
      BiFunction<Located<N>, Node, Optional<T>> reader) {
    var result = new LinkedHashMap<String, T>();
    section(keys, section)
        .flatMap(node -> in.namedMap(node, section))
        .ifPresent(
            entries -> {
              for (Entry entry : entries) {
                in.value(entry.keyNode(), what + " name", nameGrammar)
                    .flatMap(name -> reader.apply(name, entry.value()))
                    .ifPresent(element -> result.put(entry.key(), element));
              }
            });
    return result;
  }

  private Optional<Host> host(Node node) {
    return in.map(node, "host", Keys.HOST)
        .map(
            keys ->
                new Host(
                    section(keys, "name").flatMap(n -> in.value(n, "host name", Domain::parse)),
                    section(keys, "distro").flatMap(n -> in.value(n, "distro", t -> choice(t, Distro.values(), "distro"))),
                    section(keys, "upstream").flatMap(this::upstream)));
  }

  private Optional<Upstream> upstream(Node node) {
    return in.map(node, "upstream", Keys.UPSTREAM)
        .flatMap(
            keys -> {
              // Every field is read before any is required, so one run reports all bad values.
              var subnet = in.required(keys, "subnet", node, "upstream").flatMap(n -> subnet(n, "upstream subnet"));
              var dhcpRange = section(keys, "dhcp_range").flatMap(n -> range(n, "upstream dhcp_range"));
              return subnet.map(s -> new Upstream(s, dhcpRange, in.at(node)));
            });
  }

  private Optional<Located<Cidr>> subnet(Node node, String what) {
    return in.value(
        node,
        what,
        text -> {
          Cidr cidr = Cidr.parse(text);
          if (!cidr.isNetwork()) {
            throw new InvalidValueException(
                cidr + " is not a network address",
                "a subnet has no host bits set: did you mean " + cidr.subnet() + "?");
          }
          return cidr;
        });
  }

  private Optional<Range> range(Node node, String what) {
    return in.list(node, what)
        .flatMap(
            items -> {
              if (items.size() != 2) {
                in.error(node, what + " needs exactly two addresses, got " + items.size(), "write [first, last], e.g. [172.16.1.2, 172.16.1.100]");
                return Optional.empty();
              }
              var start = in.value(items.get(0), what + " start", Ipv4::parse);
              var end = in.value(items.get(1), what + " end", Ipv4::parse);
              if (start.isEmpty() || end.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(new Range(start.get(), end.get(), in.at(node)));
            });
  }

  private Optional<Interface> iface(Located<IfName> name, Node node) {
    String what = "interface '" + name.value() + "'";
    return in.map(node, what, Keys.INTERFACE)
        .map(
            keys ->
                new Interface(
                    name,
                    section(keys, "type")
                        .flatMap(n -> in.value(n, "interface type", t -> choice(t, NicType.values(), "interface type")))
                        .orElse(new Located<>(NicType.ETHERNET, name.at())),
                    address(keys, name),
                    section(keys, "gateway").flatMap(n -> in.value(n, "gateway", Ipv4::parse)),
                    section(keys, "mac").flatMap(n -> in.value(n, "MAC", Mac::parse)),
                    section(keys, "four_addr").flatMap(n -> in.bool(n, "four_addr"))));
  }

  private Located<Address> address(Map<String, Entry> keys, Located<IfName> owner) {
    return section(keys, "address")
        .flatMap(n -> in.value(n, "address", Address::parse))
        .orElse(new Located<>(new Address.None(), owner.at()));
  }

  private Optional<Tap> tap(Located<IfName> name, Node node) {
    return in.map(node, "tap '" + name.value() + "'", Keys.TAP)
        .map(
            keys ->
                new Tap(
                    name,
                    section(keys, "owner").flatMap(n -> in.value(n, "tap owner", UnixName::parse)),
                    section(keys, "group").flatMap(n -> in.value(n, "tap group", UnixName::parse)),
                    section(keys, "mac").flatMap(n -> in.value(n, "MAC", Mac::parse))));
  }

  private Optional<Bridge> bridge(Located<IfName> name, Node node) {
    String what = "bridge '" + name.value() + "'";
    return in.map(node, what, Keys.BRIDGE)
        .map(
            keys ->
                new Bridge(
                    name,
                    section(keys, "ports").map(n -> ports(n, what)).orElse(List.of()),
                    section(keys, "mac").flatMap(n -> in.value(n, "MAC", Mac::parse)),
                    address(keys, name),
                    section(keys, "gateway").flatMap(n -> in.value(n, "gateway", Ipv4::parse)),
                    section(keys, "stp").flatMap(n -> in.bool(n, "stp")),
                    section(keys, "forward_delay").flatMap(n -> in.value(n, "forward_delay", Seconds::parse)),
                    section(keys, "hello_time").flatMap(n -> in.value(n, "hello_time", Seconds::parse)),
                    section(keys, "dhcp_server").flatMap(this::dhcpServer),
                    section(keys, "nat").flatMap(n -> uplink(n, "nat of " + what)),
                    section(keys, "mac_nat").flatMap(n -> uplink(n, "mac_nat of " + what))));
  }

  private List<Located<IfName>> ports(Node node, String what) {
    var ports = new ArrayList<Located<IfName>>();
    in.list(node, "ports of " + what)
        .ifPresent(items -> items.forEach(item -> in.value(item, "port", IfName::parse).ifPresent(ports::add)));
    return ports;
  }

  private Optional<DhcpServer> dhcpServer(Node node) {
    return in.map(node, "dhcp_server", Keys.DHCP_SERVER)
        .flatMap(
            keys -> {
              // Every field is read before the range is required, so one run reports all bad values.
              var range = in.required(keys, "range", node, "dhcp_server").flatMap(n -> range(n, "DHCP range"));
              var lease = section(keys, "lease").flatMap(n -> in.value(n, "lease", Lease::parse));
              var router = section(keys, "router").flatMap(n -> in.value(n, "router", Ipv4::parse));
              var dns = section(keys, "dns").map(this::dns).orElse(List.of());
              var domain = section(keys, "domain").flatMap(n -> in.value(n, "domain", Domain::parse));
              return range.map(r -> new DhcpServer(r, lease, router, dns, domain, in.at(node)));
            });
  }

  private List<Located<Ipv4>> dns(Node node) {
    var servers = new ArrayList<Located<Ipv4>>();
    in.list(node, "dns").ifPresent(items -> items.forEach(item -> in.value(item, "DNS server", Ipv4::parse).ifPresent(servers::add)));
    return servers;
  }

  private Optional<Uplink> uplink(Node node, String what) {
    return in.map(node, what, Keys.UPLINK)
        .flatMap(
            keys ->
                in.required(keys, "uplink", node, what)
                    .flatMap(n -> in.value(n, "uplink", IfName::parse))
                    .map(uplink -> new Uplink(uplink, in.at(node))));
  }

  private Optional<Guest> guest(Located<GuestName> name, Node node) {
    String what = "guest '" + name.value() + "'";
    return in.map(node, what, Keys.GUEST)
        .map(
            keys -> {
              var nics = new ArrayList<Nic>();
              section(keys, "nics")
                  .flatMap(n -> in.list(n, "nics of " + what))
                  .ifPresent(items -> items.forEach(item -> nic(item, what).ifPresent(nics::add)));
              return new Guest(name, nics);
            });
  }

  private Optional<Nic> nic(Node node, String guest) {
    String what = "a NIC of " + guest;
    return in.map(node, what, Keys.NIC)
        .flatMap(
            keys -> {
              var tap = in.required(keys, "tap", node, what).flatMap(n -> in.value(n, "tap", IfName::parse));
              var mac = in.required(keys, "mac", node, what).flatMap(n -> in.value(n, "MAC", Mac::parse));
              var model = section(keys, "model").flatMap(n -> in.value(n, "NIC model", NicModel::parse));
              var ip = section(keys, "ip").flatMap(n -> in.value(n, "ip", Ipv4::parse));
              if (tap.isEmpty() || mac.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(new Nic(tap.get(), mac.get(), model, ip, in.at(node)));
            });
  }

  private Optional<Forwarding> forwarding(Node node) {
    return in.map(node, "forwarding", Keys.FORWARDING)
        .map(keys -> new Forwarding(section(keys, "ipv4").flatMap(n -> in.bool(n, "forwarding ipv4"))));
  }

  private Map<OutputKey, Located<OutputPath>> outputs(Node node) {
    var result = new EnumMap<OutputKey, Located<OutputPath>>(OutputKey.class);
    var taken = new HashMap<OutputPath, String>();
    in.map(node, "outputs", Keys.OUTPUTS)
        .ifPresent(
            keys ->
                keys.forEach(
                    (key, entry) ->
                        in.value(entry.value(), "outputs." + key, OutputPath::parse)
                            .filter(path -> ownPlace(key, path, entry.value(), taken))
                            .ifPresent(path -> result.put(OutputKey.valueOf(key.toUpperCase(Locale.ROOT)), path))));
    return result;
  }

  /**
   * An output may not take netgen's own manifest (nor a folder on its way, nor a place under it):
   * a generated file there would decide what the next render deletes. Two outputs may not share
   * a path: one file would silently replace the other.
   */
  private boolean ownPlace(String key, Located<OutputPath> path, Node node, Map<OutputPath, String> taken) {
    OutputPath manifest = OutputPath.MANIFEST;
    if (path.value().equals(manifest) || path.value().isAncestorOf(manifest) || manifest.isAncestorOf(path.value())) {
      in.error(
          node,
          "outputs." + key + ": " + path.value().absolute() + " would take the place of " + manifest.absolute()
              + ", netgen's own list of the files it owns",
          "choose a path outside " + manifest.absolute() + ", e.g. /etc/netgen/" + key + ".conf");
      return false;
    }
    String first = taken.putIfAbsent(path.value(), "outputs." + key + " (line " + path.at().line() + ")");
    if (first != null) {
      in.error(
          node,
          "outputs." + key + ": " + path.value().absolute() + " is already the path of " + first,
          "give each output its own path");
      return false;
    }
    return true;
  }

  private List<Located<RuleId>> lintDisable(Node node) {
    var ids = new ArrayList<Located<RuleId>>();
    in.map(node, "lint", Keys.LINT)
        .flatMap(keys -> section(keys, "disable"))
        .flatMap(n -> in.list(n, "lint disable"))
        .ifPresent(items -> items.forEach(item -> in.value(item, "rule id", RuleId::parse).ifPresent(ids::add)));
    return ids;
  }

  private static <E extends Enum<E>> E choice(String text, E[] values, String what) throws InvalidValueException {
    for (E value : values) {
      if (value.name().toLowerCase(Locale.ROOT).equals(text)) {
        return value;
      }
    }
    var names = java.util.Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    throw new InvalidValueException(
        "unknown " + what + " " + dev.netgen.model.Text.quote(text),
        Suggest.closest(text, names).map(s -> "did you mean '" + s + "'? ").orElse("") + "choose one of: " + String.join(", ", names));
  }
}
