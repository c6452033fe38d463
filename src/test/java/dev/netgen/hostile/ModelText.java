package dev.netgen.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Writes a well-formed model from fuzzer choices, so that fuzzing reaches lint and render rather
 * than stopping at the YAML parser: names, addresses, MACs and ranges come from small pools, so
 * collisions, overlaps, dangling references and odd timers are frequent. Now and then a value is
 * replaced by raw fuzzer text, to reach the grammars from inside an otherwise valid model.
 */
final class ModelText {
  private static final String[] DEVICES = {
    "eth0",
    "eth1",
    "wlan0",
    "tap0",
    "tap1",
    "tap2",
    "br0",
    "br1",
    "br-lan",
    "br_lan",
    "eth0.10",
    "eth0_10",
    "a",
    "all",
    "x234567890123456"
  };
  private static final String[] GUESTS = {"win7", "vm1", "vm2", "0vm"};
  private static final String[] OWNERS = {"qemu", "kvm", "root", "0", "_x"};

  private ModelText() {}

  static String of(FuzzedDataProvider data) {
    var y = new StringBuilder("version: 1\n");
    if (data.consumeBoolean()) {
      y.append("host:\n  name: hv01\n  distro: ")
          .append(data.consumeBoolean() ? "gentoo" : "debian")
          .append('\n');
      if (data.consumeBoolean()) {
        y.append("  upstream:\n    subnet: ").append(subnet(data)).append('\n');
        if (data.consumeBoolean()) {
          y.append("    dhcp_range: [")
              .append(ip(data))
              .append(", ")
              .append(ip(data))
              .append("]\n");
        }
      }
    }
    int interfaces = data.consumeInt(0, 3);
    if (interfaces > 0) {
      y.append("interfaces:\n");
      for (int i = 0; i < interfaces; i++) {
        y.append("  ").append(value(data, pick(data, DEVICES))).append(":\n");
        y.append("    type: ").append(data.consumeBoolean() ? "ethernet" : "wireless").append('\n');
        y.append("    address: ").append(address(data)).append('\n');
        if (data.consumeBoolean()) {
          y.append("    gateway: ").append(ip(data)).append('\n');
        }
        if (data.consumeBoolean()) {
          y.append("    mac: ").append(value(data, mac(data))).append('\n');
        }
        if (data.consumeBoolean()) {
          y.append("    four_addr: ").append(data.consumeBoolean()).append('\n');
        }
      }
    }
    int taps = data.consumeInt(0, 3);
    if (taps > 0) {
      y.append("taps:\n");
      for (int i = 0; i < taps; i++) {
        y.append("  ").append(pick(data, DEVICES)).append(":\n");
        y.append("    owner: ").append(value(data, pick(data, OWNERS))).append('\n');
        if (data.consumeBoolean()) {
          y.append("    group: ").append(pick(data, OWNERS)).append('\n');
        }
        if (data.consumeBoolean()) {
          y.append("    mac: ").append(mac(data)).append('\n');
        }
      }
    }
    int bridges = data.consumeInt(0, 3);
    if (bridges > 0) {
      y.append("bridges:\n");
      for (int i = 0; i < bridges; i++) {
        y.append("  ").append(pick(data, DEVICES)).append(":\n");
        y.append("    ports: [");
        int ports = data.consumeInt(0, 3);
        for (int p = 0; p < ports; p++) {
          y.append(p > 0 ? ", " : "").append(value(data, pick(data, DEVICES)));
        }
        y.append("]\n    address: ").append(address(data)).append('\n');
        if (data.consumeBoolean()) {
          y.append("    mac: ").append(mac(data)).append('\n');
        }
        if (data.consumeBoolean()) {
          y.append("    stp: ").append(data.consumeBoolean()).append('\n');
          y.append("    forward_delay: ").append(value(data, seconds(data))).append('\n');
          y.append("    hello_time: ").append(seconds(data)).append('\n');
        }
        if (data.consumeBoolean()) {
          y.append("    dhcp_server:\n      range: [")
              .append(ip(data))
              .append(", ")
              .append(ip(data))
              .append("]\n");
          y.append("      lease: ")
              .append(
                  value(
                      data,
                      pick(
                          data,
                          new String[] {"12h", "1m", "119", "120", "infinite", "0", "2w", "5x"})))
              .append('\n');
          if (data.consumeBoolean()) {
            y.append("      router: ").append(ip(data)).append('\n');
          }
          if (data.consumeBoolean()) {
            y.append("      dns: [").append(ip(data)).append("]\n");
          }
          if (data.consumeBoolean()) {
            y.append("      domain: ").append(value(data, "vm.lan")).append('\n');
          }
        }
        if (data.consumeBoolean()) {
          y.append("    nat:\n      uplink: ").append(pick(data, DEVICES)).append('\n');
        }
        if (data.consumeBoolean()) {
          y.append("    mac_nat:\n      uplink: ").append(pick(data, DEVICES)).append('\n');
        }
      }
    }
    int guests = data.consumeInt(0, 3);
    if (guests > 0) {
      y.append("guests:\n");
      for (int i = 0; i < guests; i++) {
        y.append("  ").append(value(data, pick(data, GUESTS))).append(":\n    nics:\n");
        int nics = data.consumeInt(0, 2);
        for (int n = 0; n < nics; n++) {
          y.append("      - tap: ").append(pick(data, DEVICES)).append('\n');
          y.append("        mac: ").append(mac(data)).append('\n');
          if (data.consumeBoolean()) {
            y.append("        model: ")
                .append(
                    value(
                        data,
                        pick(data, new String[] {"e1000", "virtio-net-pci", "rtl8139", "foo"})))
                .append('\n');
          }
          if (data.consumeBoolean()) {
            y.append("        ip: ").append(ip(data)).append('\n');
          }
        }
      }
    }
    if (data.consumeBoolean()) {
      y.append("forwarding:\n  ipv4: ").append(data.consumeBoolean()).append('\n');
    }
    if (data.consumeBoolean()) {
      y.append("outputs:\n  ")
          .append(
              pick(
                  data,
                  new String[] {
                    "net", "interfaces", "dnsmasq", "sysctl", "iptables", "ebtables", "qemu"
                  }));
      y.append(": ")
          .append(
              value(
                  data,
                  pick(
                      data,
                      new String[] {
                        "/etc/dnsmasq.d/netgen.conf",
                        "/etc/sysctl.conf",
                        "/etc/conf.d/net",
                        "/etc/netgen/qemu",
                        "/etc/x"
                      })))
          .append('\n');
    }
    if (data.consumeBoolean()) {
      y.append("lint:\n  disable: [").append(value(data, "unused-tap")).append("]\n");
    }
    return y.toString();
  }

  /** The value, or (rarely) raw fuzzer text in its place, double-quoted with YAML escapes. */
  private static String value(FuzzedDataProvider data, String value) {
    if (data.consumeInt(0, 15) != 0) {
      return value;
    }
    var quoted = new StringBuilder("\"");
    data.consumeString(24)
        .codePoints()
        .forEach(
            c -> {
              if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                quoted.append((char) c);
              } else {
                quoted.append(
                    String.format(java.util.Locale.ROOT, c > 0xffff ? "\\U%08x" : "\\u%04x", c));
              }
            });
    return quoted.append('"').toString();
  }

  private static String pick(FuzzedDataProvider data, String[] pool) {
    return data.pickValue(pool);
  }

  private static String ip(FuzzedDataProvider data) {
    int[] firsts = {172, 192, 10, 0, 255, 224};
    return data.pickValue(firsts)
        + "."
        + data.pickValue(new int[] {16, 168, 0, 255})
        + "."
        + data.consumeInt(0, 2)
        + "."
        + data.pickValue(new int[] {0, 1, 2, 10, 50, 100, 254, 255});
  }

  private static String subnet(FuzzedDataProvider data) {
    int prefix = data.pickValue(new int[] {0, 8, 16, 24, 30, 31, 32});
    long bits =
        ((long) data.pickValue(new int[] {172, 192, 10}) << 24)
            | ((long) data.pickValue(new int[] {16, 168, 0}) << 16)
            | ((long) data.consumeInt(0, 2) << 8);
    long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
    bits &= mask;
    return (bits >>> 24)
        + "."
        + ((bits >>> 16) & 255)
        + "."
        + ((bits >>> 8) & 255)
        + "."
        + (bits & 255)
        + "/"
        + prefix;
  }

  private static String address(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> "none";
      case 1 -> "dhcp";
      case 2 -> ip(data) + "/" + data.pickValue(new int[] {0, 8, 16, 24, 30, 31, 32});
      default -> subnet(data);
    };
  }

  private static String mac(FuzzedDataProvider data) {
    String[] pool = {
      "52:54:00:12:34:56",
      "52:54:00:00:00:01",
      "00:26:c6:21:cf:02",
      "01:00:5e:00:00:01",
      "00:00:00:00:00:00",
      "ff:ff:ff:ff:ff:ff",
      "32:7f:aa:56:59:01",
      "52-54-00-AB-CD-EF"
    };
    return "\"" + data.pickValue(pool) + "\"";
  }

  private static String seconds(FuzzedDataProvider data) {
    return data.pickValue(new String[] {"0", "1", "2", "0.05", "1.5", "30", "31", "9999.99", "15"});
  }
}
