package dev.netgen.load;

import java.util.List;

/**
 * The keys each map of the model allows, in the order the documentation lists them. The loader
 * rejects any other key; the schema test checks `netgen schema` against these same tables.
 */
public final class Keys {
  public static final List<String> TOP =
      List.of("version", "host", "interfaces", "taps", "bridges", "guests", "forwarding", "outputs", "lint");
  public static final List<String> HOST = List.of("name", "distro", "upstream");
  public static final List<String> UPSTREAM = List.of("subnet", "dhcp_range");
  public static final List<String> INTERFACE = List.of("type", "address", "gateway", "mac", "four_addr");
  public static final List<String> TAP = List.of("owner", "group", "mac");
  public static final List<String> BRIDGE =
      List.of(
          "ports", "mac", "address", "gateway", "stp", "forward_delay", "hello_time", "dhcp_server", "nat", "mac_nat");
  public static final List<String> DHCP_SERVER = List.of("range", "lease", "router", "dns", "domain");
  public static final List<String> UPLINK = List.of("uplink");
  public static final List<String> GUEST = List.of("nics");
  public static final List<String> NIC = List.of("tap", "mac", "model", "ip");
  public static final List<String> FORWARDING = List.of("ipv4");
  public static final List<String> OUTPUTS =
      java.util.Arrays.stream(dev.netgen.model.OutputKey.values()).map(dev.netgen.model.OutputKey::yamlKey).toList();
  public static final List<String> LINT = List.of("disable");

  private Keys() {}
}
