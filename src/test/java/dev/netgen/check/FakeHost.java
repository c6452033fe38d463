package dev.netgen.check;

import dev.netgen.check.Probe.Output;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A host made of canned outputs, for check's unit tests: the nat fixture brought up as the lab
 * brings it up (wlan0 with a lease, tap0 qemu:kvm in br0, br0 172.16.1.1/24, netgen's chains,
 * netgen's dnsmasq on br0), as root. A test changes one text to break one thing.
 */
public final class FakeHost implements Probe {
  static final String DNSMASQ_CONF = "/etc/dnsmasq.netgen.conf";

  public String links =
      """
      [{"ifindex":1,"ifname":"lo","flags":["LOOPBACK","UP","LOWER_UP"],"address":"00:00:00:00:00:00",
        "addr_info":[{"family":"inet","local":"127.0.0.1","prefixlen":8}]},
       {"ifindex":2,"ifname":"wlan0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"address":"02:00:00:00:0a:01",
        "linkinfo":{"info_kind":"veth"},
        "addr_info":[{"family":"inet","local":"192.168.1.13","prefixlen":24},{"family":"inet6","local":"fe80::1","prefixlen":64}]},
       {"ifindex":3,"ifname":"tap0","flags":["NO-CARRIER","BROADCAST","MULTICAST","UP"],"master":"br0","address":"4e:1a:00:00:00:03",
        "linkinfo":{"info_kind":"tun","info_data":{"type":"tap","pi":false,"persist":true,"user":"qemu","group":"kvm"},
                    "info_slave_kind":"bridge"},"addr_info":[]},
       {"ifindex":4,"ifname":"br0","flags":["BROADCAST","MULTICAST","UP"],"address":"4e:1a:00:00:00:03",
        "linkinfo":{"info_kind":"bridge","info_data":{"forward_delay":1500,"hello_time":200,"stp_state":0,"nf_call_iptables":0}},
        "addr_info":[{"family":"inet","local":"172.16.1.1","prefixlen":24}]}]
      """;
  String routes =
      """
      [{"dst":"default","gateway":"192.168.1.1","dev":"wlan0"},
       {"dst":"172.16.1.0/24","dev":"br0","prefsrc":"172.16.1.1"},
       {"dst":"192.168.1.0/24","dev":"wlan0","prefsrc":"192.168.1.13"}]
      """;
  String iptables =
      """
      *filter
      :INPUT ACCEPT [0:0]
      :FORWARD ACCEPT [0:0]
      :OUTPUT ACCEPT [0:0]
      :NETGEN_FWD_br0 - [0:0]
      -A FORWARD -j NETGEN_FWD_br0
      -A NETGEN_FWD_br0 -d 172.16.1.0/24 -o br0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
      -A NETGEN_FWD_br0 -s 172.16.1.0/24 -i br0 -j ACCEPT
      -A NETGEN_FWD_br0 -i br0 -o br0 -j ACCEPT
      COMMIT
      *nat
      :PREROUTING ACCEPT [0:0]
      :POSTROUTING ACCEPT [0:0]
      :NETGEN_POST_br0 - [0:0]
      -A POSTROUTING -j NETGEN_POST_br0
      -A NETGEN_POST_br0 -s 172.16.1.0/24 ! -d 172.16.1.0/24 -o wlan0 -j MASQUERADE
      COMMIT
      """;
  String legacy = "";
  String ebtables = "";

  /** nft list ruleset; asked for only when the model's firewall is nftables. */
  String nft = "";

  String sockets =
      """
      udp   UNCONN 0      0          0.0.0.0%br0:67        0.0.0.0:*    users:(("dnsmasq",pid=42,fd=4))
      udp   UNCONN 0      0          172.16.1.1:53         0.0.0.0:*    users:(("dnsmasq",pid=42,fd=6))
      tcp   LISTEN 0      32         172.16.1.1:53         0.0.0.0:*    users:(("dnsmasq",pid=42,fd=7))
      tcp   LISTEN 0      128        0.0.0.0:22            0.0.0.0:*    users:(("sshd",pid=7,fd=3))
      """;
  String iw = "Interface wlan0\n\tifindex 2\n\ttype managed\n";
  public boolean root = true;
  public boolean ipInstalled = true;
  public final Map<String, String> files = new HashMap<>();

  public FakeHost(String renderedDnsmasq) {
    files.put("/proc/sys/net/ipv4/ip_forward", "1\n");
    files.put("/proc/sys/net/ipv4/conf/all/rp_filter", "0\n");
    files.put("/proc/sys/net/ipv4/conf/wlan0/rp_filter", "0\n");
    files.put("/proc/42/cmdline", "dnsmasq\0-k\0-C\0" + DNSMASQ_CONF + "\0");
    files.put(DNSMASQ_CONF, renderedDnsmasq);
  }

  @Override
  public Output run(List<String> command) {
    if (command.equals(Running.LINKS) || command.equals(Running.ROUTES)) {
      return !ipInstalled
          ? Output.missing()
          : Output.ok(command.equals(Running.LINKS) ? links : routes);
    }
    if (!root && command.get(0).endsWith("-save")) {
      return Output.failed(
          1,
          "iptables-save v1.8.9 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)");
    }
    if (command.equals(Running.IPTABLES) || command.equals(Running.NFT)) {
      return Output.ok(iptables);
    }
    if (command.equals(Running.LEGACY)) {
      return Output.ok(legacy);
    }
    if (command.equals(Running.NFT_RULESET)) {
      return root ? Output.ok(nft) : Output.failed(1, "Operation not permitted");
    }
    if (command.equals(Running.EBTABLES)) {
      return Output.ok(ebtables);
    }
    if (command.equals(Running.SOCKETS)) {
      return Output.ok(root ? sockets : sockets.replaceAll("users:\\(\\(.*\\)\\)", ""));
    }
    if (command.get(0).equals("iw")) {
      return Output.ok(iw);
    }
    throw new AssertionError("check ran a command the fake host does not know: " + command);
  }

  @Override
  public Optional<String> read(String path) {
    if (path.equals("/proc/self/status")) {
      return Optional.of(
          "Name:\tjava\nUid:\t" + (root ? "0\t0\t0\t0" : "1000\t1000\t1000\t1000") + "\n");
    }
    return Optional.ofNullable(files.get(path));
  }
}
