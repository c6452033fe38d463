package dev.netgen.importer;

import dev.netgen.text.Text;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a {@link Draft} as model YAML: keys in the order docs/model.md lists them, each value on a
 * line of its own with a "# from FILE:LINE" comment, and the leftovers as a comment block on top.
 * Every value passed the model's grammar when it was read, so none needs quoting.
 */
final class ModelText {
  private final StringBuilder out = new StringBuilder();

  static String write(Draft d, HostDistro distro, String root, List<Leftover> leftovers) {
    var w = new ModelText();
    w.header(distro, root, leftovers);
    w.line(0, "version: 1");
    w.line(0, "host:");
    if (d.hostName != null) {
      w.value(1, "name", d.hostName);
    }
    w.line(1, "distro: " + distro.yamlName() + "  # from --from / the files found");
    w.list(1, "dns", d.hostDns);
    w.list(1, "search", d.hostSearch);
    w.interfaces(d);
    w.taps(d);
    w.bridges(d);
    w.guests(d);
    if (d.forwarding != null) {
      w.line(0, "forwarding:");
      w.value(1, "ipv4", d.forwarding);
    }
    if (!d.outputs.isEmpty()) {
      w.line(0, "outputs:");
      d.outputs.forEach((k, v) -> w.value(1, k.name().toLowerCase(Locale.ROOT), v));
    }
    return w.out.toString();
  }

  private void header(HostDistro distro, String root, List<Leftover> leftovers) {
    line(
        0,
        "# Imported by `netgen import --from "
            + distro.yamlName()
            + " --root "
            + Text.forFileComment(root)
            + "`: each value names the file and line it came from.");
    if (leftovers.isEmpty()) {
      line(0, "# Everything read was imported.");
      return;
    }
    line(0, "# Not imported (" + leftovers.size() + "): configure these by hand or drop them.");
    for (var l : leftovers) {
      line(0, "#   " + l.line());
    }
  }

  private void interfaces(Draft d) {
    if (d.interfaces.isEmpty()) {
      return;
    }
    line(0, "interfaces:");
    d.interfaces.forEach(
        (name, i) -> {
          line(1, name + ":");
          value(2, "type", i.type);
          value(2, "address", i.address);
          value(2, "gateway", i.gateway);
          value(2, "mac", i.mac);
          value(2, "four_addr", i.fourAddr);
        });
  }

  private void taps(Draft d) {
    if (d.taps.isEmpty()) {
      return;
    }
    line(0, "taps:");
    d.taps.forEach(
        (name, t) -> {
          if (t.owner == null && t.group == null && t.mac == null) {
            line(1, name + ": {}  # from " + comment(t.from));
            return;
          }
          line(1, name + ":  # from " + comment(t.from));
          value(2, "owner", t.owner);
          value(2, "group", t.group);
          value(2, "mac", t.mac);
        });
  }

  private void bridges(Draft d) {
    if (d.bridges.isEmpty()) {
      return;
    }
    line(0, "bridges:");
    d.bridges.forEach(
        (name, b) -> {
          line(1, name + ":");
          String ports =
              b.portList.stream().map(Val::text).collect(Collectors.joining(", ", "[", "]"));
          line(
              2,
              "ports: " + ports + (b.ports != null ? "  # from " + comment(b.ports.from()) : ""));
          value(2, "mac", b.mac);
          value(2, "address", b.address);
          value(2, "gateway", b.gateway);
          value(2, "stp", b.stp);
          value(2, "forward_delay", b.forwardDelay);
          value(2, "hello_time", b.helloTime);
          if (b.dhcp != null && b.dhcp.rangeStart != null) {
            dhcp(b.dhcp);
          }
          if (b.nat != null) {
            line(2, "nat:");
            value(3, "uplink", b.nat);
          }
          if (b.macNat != null) {
            line(2, "mac_nat:");
            value(3, "uplink", b.macNat);
          }
        });
  }

  private void dhcp(Draft.Dhcp s) {
    line(2, "dhcp_server:");
    line(
        3,
        "range: ["
            + s.rangeStart.text()
            + ", "
            + s.rangeEnd.text()
            + "]  # from "
            + comment(s.rangeStart.from()));
    value(3, "lease", s.lease);
    value(3, "router", s.router);
    list(3, "dns", s.dns);
    value(3, "domain", s.domain);
    list(3, "servers", s.servers);
  }

  /** A flow list of values, commented with the first one's origin; nothing when empty. */
  private void list(int depth, String key, List<Val> values) {
    if (!values.isEmpty()) {
      String text = values.stream().map(Val::text).collect(Collectors.joining(", ", "[", "]"));
      line(depth, key + ": " + text + "  # from " + comment(values.get(0).from()));
    }
  }

  private void guests(Draft d) {
    if (d.guests.isEmpty()) {
      return;
    }
    line(0, "guests:");
    d.guests.forEach(
        (name, nics) -> {
          line(1, name + ":");
          line(2, "nics:");
          for (var n : nics) {
            line(3, "- tap: " + n.tap.text() + "  # from " + comment(n.tap.from()));
            value(4, "mac", n.mac);
            value(4, "model", n.model);
            value(4, "ip", n.ip);
          }
        });
  }

  private void value(int depth, String key, Val v) {
    if (v != null) {
      line(depth, key + ": " + v.text() + "  # from " + comment(v.from()));
    }
  }

  private static String comment(Origin from) {
    return Text.forFileComment(from.toString());
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }
}
