package dev.netgen.check;

import dev.netgen.text.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One network device as {@code ip -j -d addr show} prints it: its name, whether it is set up (the
 * UP flag: a tap without a guest has no carrier but is up), MAC, the bridge it is a port of, its
 * kind ("bridge", "tun", "veth", none for a NIC), the kind's details (a bridge's stp_state and
 * timers in centiseconds, a tap's persist, user and group) and its IPv4 addresses as CIDR text.
 */
public record Link(
    String name,
    boolean up,
    String mac,
    Optional<String> master,
    String kind,
    Map<String, Object> data,
    List<String> ipv4) {

  /** Every device of an {@code ip -j -d addr show} listing, by name, in the kernel's order. */
  public static Map<String, Link> parse(String json) throws IOException {
    Object all = Json.read(json);
    if (!(all instanceof List<?> list)) {
      throw new IOException("not a JSON array");
    }
    var links = new LinkedHashMap<String, Link>();
    for (Object item : list) {
      if (item instanceof Map<?, ?> map && map.get("ifname") instanceof String name) {
        links.put(name, of(name, map));
      }
    }
    return links;
  }

  private static Link of(String name, Map<?, ?> map) {
    boolean up = map.get("flags") instanceof List<?> flags && flags.contains("UP");
    var info = Json.object(map, "linkinfo");
    String kind = info.get("info_kind") instanceof String k ? k : "";
    var addresses = new ArrayList<String>();
    for (Object a : Json.array(map, "addr_info")) {
      if (a instanceof Map<?, ?> addr
          && "inet".equals(addr.get("family"))
          && addr.get("local") instanceof String local) {
        addresses.add(local + "/" + addr.get("prefixlen"));
      }
    }
    return new Link(
        name,
        up,
        map.get("address") instanceof String mac ? mac : "",
        Optional.ofNullable(map.get("master") instanceof String m ? m : null),
        kind,
        Json.object(info, "info_data"),
        List.copyOf(addresses));
  }

  /**
   * A detail of the kind's as text ("" when absent): numbers without a fraction, booleans as
   * true/false.
   */
  public String detail(String key) {
    Object value = data.get(key);
    return value == null ? "" : String.valueOf(value);
  }
}
