package dev.netgen.load;

import static dev.netgen.load.ModelSchema.object;

import dev.netgen.model.Address;
import dev.netgen.model.Address6;
import dev.netgen.model.Cidr;
import dev.netgen.model.Domain;
import dev.netgen.model.GuestName;
import dev.netgen.model.IfName;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Ipv6;
import dev.netgen.model.Lease;
import dev.netgen.model.Mac;
import dev.netgen.model.NicModel;
import dev.netgen.model.OutputPath;
import dev.netgen.model.Port;
import dev.netgen.model.RuleId;
import dev.netgen.model.Seconds;
import dev.netgen.model.UnixName;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scalar grammars of the model: each value type's parser (the value types own their grammar)
 * and the JSON Schema that says the same to an editor. The shared ones are the schema's $defs, in
 * this order.
 */
final class Grammars {
  static final Kind.Scalar<IfName> IFNAME =
      new Kind.Scalar<>(
          "ifname",
          IfName::parse,
          () ->
              object(
                  "type", "string",
                  "pattern", "^[A-Za-z0-9_.%-]{1,64}$",
                  "description",
                      "device name (the name-valid rule adds the kernel's limits: 1-15 bytes, starts with a letter)"));
  static final Kind.Scalar<Mac> MAC =
      new Kind.Scalar<>(
          "mac",
          Mac::parse,
          () ->
              object(
                  "type", "string",
                  "pattern", "^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}$",
                  "description", "MAC address, e.g. 52:54:00:12:34:56"));
  static final Kind.Scalar<Ipv4> IPV4 =
      new Kind.Scalar<>(
          "ipv4",
          Ipv4::parse,
          () ->
              object(
                  "type", "string",
                  "pattern", "^(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}$",
                  "description", "IPv4 address, no leading zeros"));
  static final Kind.Scalar<Cidr> CIDR =
      new Kind.Scalar<>(
          "cidr",
          Cidr::parse,
          () ->
              object(
                  "type", "string",
                  "pattern",
                      "^(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}/([0-9]|[12][0-9]|3[0-2])$"));

  /** A CIDR with no host bits set: what `subnet:` takes. */
  static final Kind.Scalar<Cidr> SUBNET =
      new Kind.Scalar<>(CIDR.def(), Grammars::subnet, CIDR.definition());

  static final Kind.Scalar<Address> ADDRESS =
      new Kind.Scalar<>(
          "address",
          Address::parse,
          () ->
              object(
                  "description",
                  "none, dhcp, or an address with prefix length (172.16.1.1/24)",
                  "anyOf",
                  List.of(object("enum", List.of("none", "dhcp")), CIDR.schema())));
  static final Kind.Scalar<Ipv6> IPV6 =
      new Kind.Scalar<>(
          "ipv6",
          Ipv6::parse,
          () ->
              object(
                  "type", "string",
                  "pattern", "^[0-9A-Fa-f:]{2,39}$",
                  "description",
                      "IPv6 address: hex groups and '::', no zone, no dotted IPv4 part (printed as"
                          + " RFC 5952 says)"));
  static final Kind.Scalar<Address6> ADDRESS6 =
      new Kind.Scalar<>(
          "address6",
          Address6::parse,
          () ->
              object(
                  "description",
                  "auto (SLAAC), dhcp6, or an IPv6 address with prefix length (fd00:1::1/64)",
                  "anyOf",
                  List.of(
                      object("enum", List.of("auto", "dhcp6")),
                      object("type", "string", "pattern", "^[0-9A-Fa-f:]{2,39}/[0-9]{1,3}$"))));
  static final Kind.Scalar<Seconds> SECONDS =
      new Kind.Scalar<>(
          "seconds",
          Seconds::parse,
          () ->
              object(
                  "type",
                  "number",
                  "minimum",
                  0,
                  "maximum",
                  new BigDecimal("9999.99"),
                  "description",
                  "seconds, at most two decimals"));
  static final Kind.Scalar<UnixName> UNIX_NAME =
      new Kind.Scalar<>(
          "unixname",
          UnixName::parse,
          () ->
              object(
                  "type", "string",
                  "pattern", "^([a-z_][a-z0-9_-]{0,31}|[0-9]{1,10})$"));
  static final Kind.Scalar<Domain> DOMAIN =
      new Kind.Scalar<>(
          "domain",
          Domain::parse,
          () ->
              object(
                  "type", "string",
                  "pattern",
                      "^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
  static final Kind.Scalar<OutputPath> OUTPUT_PATH =
      new Kind.Scalar<>(
          "outputPath",
          OutputPath::parse,
          () ->
              object(
                  "type", "string",
                  "pattern", "^(/[A-Za-z0-9_][A-Za-z0-9_.+@-]{0,127})+$",
                  "description", "absolute path inside the target root"));

  // Written out where they are used, as each has one key.
  static final Kind.Scalar<GuestName> GUEST_NAME =
      new Kind.Scalar<>(
          null,
          GuestName::parse,
          () -> object("type", "string", "pattern", "^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$"));
  static final Kind.Scalar<Lease> LEASE =
      new Kind.Scalar<>(
          null, Lease::parse, () -> object("type", "string", "pattern", "^[A-Za-z0-9]{1,20}$"));
  static final Kind.Scalar<NicModel> NIC_MODEL =
      new Kind.Scalar<>(
          null,
          NicModel::parse,
          () -> object("type", "string", "pattern", "^[a-z0-9][a-z0-9_-]{0,39}$"));
  static final Kind.Scalar<Port> PORT =
      new Kind.Scalar<>(
          null, Port::parse, () -> object("type", "integer", "minimum", 1, "maximum", 65_535));
  static final Kind.Scalar<RuleId> RULE_ID =
      new Kind.Scalar<>(
          null,
          RuleId::parse,
          () -> object("type", "string", "pattern", "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"));

  static final Kind.RangeOf RANGE = new Kind.RangeOf();
  static final Kind.Range6Of RANGE6 = new Kind.Range6Of();

  private Grammars() {}

  /** The schema's $defs: the grammars above that have a name, and the range. */
  static Map<String, Object> definitions() {
    var defs = new LinkedHashMap<String, Object>();
    for (var grammar :
        List.of(IFNAME, MAC, IPV4, CIDR, ADDRESS, IPV6, ADDRESS6, SECONDS, UNIX_NAME, DOMAIN)) {
      defs.put(grammar.def(), grammar.definition().get());
    }
    defs.put(
        Kind.RangeOf.DEF,
        object(
            "type",
            "array",
            "items",
            IPV4.schema(),
            "minItems",
            2,
            "maxItems",
            2,
            "description",
            "[first, last], inclusive"));
    defs.put(
        Kind.Range6Of.DEF,
        object(
            "type",
            "array",
            "items",
            IPV6.schema(),
            "minItems",
            2,
            "maxItems",
            2,
            "description",
            "[first, last] IPv6 addresses, inclusive"));
    defs.put(OUTPUT_PATH.def(), OUTPUT_PATH.definition().get());
    return defs;
  }

  private static Cidr subnet(String text) throws InvalidValueException {
    Cidr cidr = Cidr.parse(text);
    if (!cidr.isNetwork()) {
      throw new InvalidValueException(
          cidr + " is not a network address",
          "a subnet has no host bits set: did you mean " + cidr.subnet() + "?");
    }
    return cidr;
  }
}
