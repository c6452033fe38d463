package dev.netgen.lint.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one table of netifrc variable names: what the Gentoo output (templates/gentoo/net.ftl, built
 * by NetifrcViewBuilder) writes for each device role, and what netifrc's modules and OpenRC read
 * for a device. A device's part of a name is OpenRC's shell_var() of the device name (every
 * character other than a letter or a digit becomes '_'), so names across prefixes can coincide:
 * bridge 'stp_state_b' writes bridge_stp_state_b, which netifrc reads as bridge b's STP state.
 * NetifrcNameCollision checks every written name against every read pattern; NetifrcVariablesTest
 * fails when a rendered conf.d/net assigns a variable this table does not know, so a new template
 * line brings its entry here.
 */
public final class NetifrcVariables {
  private NetifrcVariables() {}

  /** What a device is in the model, which decides the variables written for it. */
  public enum Role {
    INTERFACE,
    TAP,
    BRIDGE;

    /** The role of a Wiring.Device kind ("interface", "tap", "bridge"). */
    static Role of(String kind) {
      return valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** A variable the output writes: PREFIX + device + SUFFIX, for devices of these roles. */
  public record Written(String prefix, String suffix, Set<Role> roles) {
    public String name(String device) {
      return prefix + device + suffix;
    }

    /** The variable's pattern with X for the device, as docs and messages show it. */
    public String pattern() {
      return name("X");
    }
  }

  private static final Set<Role> ALL = EnumSet.allOf(Role.class);

  /** Every variable the Gentoo output can write, by role (a superset of any one render). */
  public static final List<Written> WRITTEN =
      List.of(
          new Written("config_", "", ALL),
          new Written("routes_", "", EnumSet.of(Role.INTERFACE, Role.BRIDGE)),
          new Written("mac_", "", ALL),
          new Written("mtu_", "", ALL),
          new Written("tuntap_", "", EnumSet.of(Role.TAP)),
          new Written("iproute2_", "", EnumSet.of(Role.TAP)),
          new Written("bridge_", "", EnumSet.of(Role.BRIDGE)),
          new Written("bridge_forward_delay_", "", EnumSet.of(Role.BRIDGE)),
          new Written("bridge_hello_time_", "", EnumSet.of(Role.BRIDGE)),
          new Written("bridge_stp_state_", "", EnumSet.of(Role.BRIDGE)),
          new Written("carrier_timeout_", "", EnumSet.of(Role.BRIDGE)),
          new Written("dns_servers_", "", EnumSet.of(Role.INTERFACE, Role.BRIDGE)),
          new Written("dns_search_", "", EnumSet.of(Role.INTERFACE, Role.BRIDGE)),
          new Written("rc_net_", "_provide", EnumSet.of(Role.INTERFACE, Role.TAP)),
          new Written("rc_net_", "_need", EnumSet.of(Role.BRIDGE)));

  /**
   * PREFIX_<device> variables that netifrc's modules (net/*.sh, sh/functions) and its net.lo script
   * read, by exact prefix.
   */
  private static final Set<String> READ_PREFIXES =
      Set.of(
          "config",
          "fallback",
          "routes",
          "rules",
          "rules6",
          "mac",
          "mtu",
          "txqueuelen",
          "alias",
          "broadcast",
          "metric",
          "prefix",
          "netns",
          "link",
          "type",
          "mode",
          "dhcp",
          "dhcpcd",
          "dhclient",
          "udhcpc",
          "modules",
          "tuntap",
          "tunctl",
          "iproute2",
          "openvpn",
          "iptunnel",
          "iplink",
          "bridge",
          "brctl",
          "vlans",
          "vlan_start",
          "vconfig",
          "veth",
          "macvlan",
          "macchanger",
          "carrier_timeout",
          "presence_timeout",
          "plug_timeout",
          "dad_timeout",
          "policy_rules_before_routes",
          "up_before_preup",
          "ifplugd",
          "ifdown",
          "wpa_supplicant",
          "wpa_cli",
          "iwd",
          "essid",
          "ssid",
          "channel",
          "associate_timeout",
          "associate_test",
          "sleep_scan",
          "adhoc_ssid",
          "preferred_aps",
          "blacklist_aps",
          "dns_servers",
          "dns_domain",
          "dns_search",
          "dns_options",
          "dns_sortlist",
          "ntp_servers",
          "nis_servers",
          "nis_domain",
          "gateways",
          "primary",
          "subsume",
          "suffix",
          "relay",
          "clip",
          "ipppd",
          "username",
          "password",
          "phone_number",
          "firewalld_zone",
          "hsr_version",
          "hsr_supervision",
          "hsr_proto",
          "ccwgroup_type",
          "qmi_apn",
          "qmi_auth",
          "qmi_cdc",
          "qmi_username",
          "qmi_password",
          "qmi_qmicli_extra_args",
          "ethtool_order",
          // OpenRC's deprecated dependency form rc_DEP_<device>, which net.lo still reads
          "rc_need",
          "rc_use",
          "rc_want",
          "rc_after",
          "rc_before",
          "rc_provide",
          "rc_keyword");

  /**
   * The files of /sys/class/net/BR/bridge/ and /sys/class/net/PORT/brport/ (Linux 6.1), which
   * net/bridge.sh reads as bridge_KEY_<bridge> and brport_KEY_<port>, and without the prefix as
   * KEY_<device>, for each KEY the kernel has.
   */
  private static final Set<String> SYSFS_KEYS =
      Set.of(
          "ageing_time",
          "forward_delay",
          "group_addr",
          "group_fwd_mask",
          "hello_time",
          "max_age",
          "multicast_igmp_version",
          "multicast_last_member_count",
          "multicast_last_member_interval",
          "multicast_membership_interval",
          "multicast_mld_version",
          "multicast_querier",
          "multicast_querier_interval",
          "multicast_query_interval",
          "multicast_query_response_interval",
          "multicast_query_use_ifaddr",
          "multicast_router",
          "multicast_snooping",
          "multicast_startup_query_count",
          "multicast_startup_query_interval",
          "multicast_stats_enabled",
          "nf_call_arptables",
          "nf_call_ip6tables",
          "nf_call_iptables",
          "no_linklocal_learn",
          "priority",
          "stp_state",
          "vlan_filtering",
          "vlan_protocol",
          "vlan_stats_enabled",
          "vlan_stats_per_port",
          "default_pvid",
          "hash_elasticity",
          "hash_max",
          "path_cost",
          "port_priority",
          "hairpin_mode",
          "isolated",
          "learning",
          "flood",
          "unicast_flood",
          "multicast_flood",
          "broadcast_flood",
          "proxyarp",
          "bpdu_guard",
          "root_block",
          "fastleave");

  /** OpenRC's rc_net_<device>_DEP, read for the service net.<device>. */
  private static final Set<String> DEPENDENCIES =
      Set.of("need", "use", "want", "after", "before", "provide", "keyword");

  /** net/vlan.sh: [PREFIX_]<device>_vlanN[_name|_flags|_ingress|_egress]. */
  private static final Pattern VLAN_TAIL =
      Pattern.compile("vlan[0-9]+(_name|_flags|_ingress|_egress)?");

  private static final Set<String> VLAN_PREFIXES =
      Set.of("", "mac", "mtu", "txqueuelen", "broadcast");

  /** The variables written for a device of this role, its shell_var'd name given. */
  public static List<String> written(Role role, String device) {
    var names = new ArrayList<String>();
    for (Written w : WRITTEN) {
      if (w.roles().contains(role)) {
        names.add(w.name(device));
      }
    }
    return names;
  }

  /** How netifrc reads a variable as a setting of a device: HEAD_<device>_TAIL. */
  public record Reading(String device, String head, String tail) {
    /** e.g. bridge_stp_state_<b>. */
    public String pattern() {
      return (head.isEmpty() ? "" : head + "_")
          + "<"
          + device
          + ">"
          + (tail.isEmpty() ? "" : "_" + tail);
    }
  }

  /**
   * The first way netifrc reads variable as a setting of one of devices (shell_var'd names) other
   * than owner. Tries every split of the name at '_' into HEAD_<device>_TAIL: at most a few hundred
   * for a name of 15-character devices, so linear in the number of variables.
   */
  public static Optional<Reading> readAsOther(String variable, String owner, Set<String> devices) {
    var cuts = new ArrayList<Integer>();
    cuts.add(-1);
    for (int i = 0; i < variable.length(); i++) {
      if (variable.charAt(i) == '_') {
        cuts.add(i);
      }
    }
    cuts.add(variable.length());
    for (int a = 0; a < cuts.size(); a++) {
      for (int b = a + 1; b < cuts.size(); b++) {
        int start = cuts.get(a) + 1;
        int end = cuts.get(b);
        String device = variable.substring(start, end);
        if (end > start && !device.equals(owner) && devices.contains(device)) {
          String head = start == 0 ? "" : variable.substring(0, start - 1);
          String tail = end == variable.length() ? "" : variable.substring(end + 1);
          if (read(head, tail)) {
            return Optional.of(new Reading(device, head, tail));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean sysfs(String head, String prefix) {
    return head.startsWith(prefix) && SYSFS_KEYS.contains(head.substring(prefix.length()));
  }

  private static boolean read(String head, String tail) {
    if (tail.isEmpty()) {
      return READ_PREFIXES.contains(head)
          || SYSFS_KEYS.contains(head)
          || sysfs(head, "bridge_")
          || sysfs(head, "brport_");
    }
    if (head.equals("rc_net")) {
      return DEPENDENCIES.contains(tail);
    }
    if (head.equals("errh")) {
      return true;
    }
    if (head.equals("veth")) {
      return Set.of("peer", "ns", "create").contains(tail);
    }
    return VLAN_PREFIXES.contains(head) && VLAN_TAIL.matcher(tail).matches();
  }
}
