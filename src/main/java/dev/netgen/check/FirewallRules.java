package dev.netgen.check;

import dev.netgen.model.Bridge;
import dev.netgen.model.Nic;
import dev.netgen.model.Wiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules the rendered firewall scripts load for one bridge, written as {@code iptables-save} and
 * {@code ebtables-save} print them back. They are built from the model here rather than by running
 * the rendered script: that would need root and a throwaway namespace, and some ten firewall
 * commands a bridge (minutes for 4,000 bridges). FirewallAgreementTest runs the rendered scripts of
 * the fixtures in a namespace and holds these lines equal to what the kernel then lists.
 */
final class FirewallRules {
  private FirewallRules() {}

  /** The nat table's jump and chain of a NAT bridge (iptables.sh start). */
  static List<String> natPost(String bridge, String subnet, String uplink) {
    return List.of(
        "-A NETGEN_POST_"
            + bridge
            + " -s "
            + subnet
            + " ! -d "
            + subnet
            + " -o "
            + uplink
            + " -j MASQUERADE");
  }

  /** The filter table's chain of a NAT bridge: replies in, guests out, guest to guest. */
  static List<String> natForward(String bridge, String subnet) {
    String chain = "-A NETGEN_FWD_" + bridge;
    return List.of(
        chain
            + " -d "
            + subnet
            + " -o "
            + bridge
            + " -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
        chain + " -s " + subnet + " -i " + bridge + " -j ACCEPT",
        chain + " -i " + bridge + " -o " + bridge + " -j ACCEPT");
  }

  /** A port forward as the iptables rules name it: to guest:to, from a host address or any. */
  record Forward(String proto, int port, String guest, int to, Optional<String> from) {}

  /** The hairpin masquerade of each forward, after the uplink's (iptables.sh start_forwards). */
  static List<String> hairpin(String bridge, String subnet, List<Forward> forwards) {
    return forwards.stream()
        .map(
            f ->
                "-A NETGEN_POST_"
                    + bridge
                    + " -s "
                    + subnet
                    + " -d "
                    + f.guest()
                    + "/32 -o "
                    + bridge
                    + matchPort(f.proto(), f.to())
                    + " -m conntrack --ctstate DNAT -j MASQUERADE")
        .toList();
  }

  /** The forward accept of each forwarded connection, after the bridge's own three. */
  static List<String> dnatAccepts(String bridge, List<Forward> forwards) {
    return forwards.stream()
        .map(
            f ->
                "-A NETGEN_FWD_"
                    + bridge
                    + " -d "
                    + f.guest()
                    + "/32 -o "
                    + bridge
                    + matchPort(f.proto(), f.to())
                    + " -m conntrack --ctstate DNAT -j ACCEPT")
        .toList();
  }

  /** NETGEN_PRE_BR or NETGEN_OUT_BR (chain): the DNAT of each forward. */
  static List<String> dnat(String chain, List<Forward> forwards) {
    return forwards.stream()
        .map(
            f ->
                "-A "
                    + chain
                    + f.from()
                        .map(from -> " -d " + from + "/32" + matchPort(f.proto(), f.port()))
                        .orElse(
                            " ! -d 127.0.0.0/8 -p "
                                + f.proto()
                                + " -m addrtype --dst-type LOCAL -m "
                                + f.proto()
                                + " --dport "
                                + f.port())
                    + " -j DNAT --to-destination "
                    + f.guest()
                    + ":"
                    + f.to())
        .toList();
  }

  private static String matchPort(String proto, int port) {
    return " -p " + proto + " -m " + proto + " --dport " + port;
  }

  /** The filter chain of a routed bridge: from the subnet, to it, bridge to bridge. */
  static List<String> routedForward(String bridge, String subnet) {
    String chain = "-A NETGEN_FWD_" + bridge;
    return List.of(
        chain + " -s " + subnet + " -i " + bridge + " -j ACCEPT",
        chain + " -d " + subnet + " -o " + bridge + " -j ACCEPT",
        chain + " -i " + bridge + " -o " + bridge + " -j ACCEPT");
  }

  /** The filter chain of an isolated bridge: bridge to bridge, anything else in or out refused. */
  static List<String> isolatedForward(String bridge) {
    String chain = "-A NETGEN_FWD_" + bridge;
    return List.of(
        chain + " -i " + bridge + " -o " + bridge + " -j ACCEPT",
        chain + " -i " + bridge + " -j REJECT --reject-with icmp-port-unreachable",
        chain + " -o " + bridge + " -j REJECT --reject-with icmp-port-unreachable");
  }

  /**
   * ebtables' nat POSTROUTING chain of a MAC NAT bridge: frames out of the uplink carry its MAC.
   */
  static List<String> macNatPost(String bridge, String uplink, String uplinkMac) {
    return List.of(
        "-A NETGEN_POST_"
            + bridge
            + " -o "
            + uplink
            + " -j snat --to-src "
            + uplinkMac
            + " --snat-arp --snat-target ACCEPT");
  }

  /**
   * ebtables' nat PREROUTING chain: IPv4 and ARP for each reserved guest address get its MAC back.
   */
  static List<String> macNatPre(Wiring wiring, Bridge bridge, String uplink) {
    var rules = new ArrayList<String>();
    String chain = "-A NETGEN_PRE_" + bridge.name().value().text();
    for (var guestNic : wiring.reservedNics(bridge)) {
      Nic nic = guestNic.nic();
      String ip = nic.ip().orElseThrow().value().toString();
      String mac = nic.mac().value().toString();
      rules.add(
          chain
              + " -p IPv4 -i "
              + uplink
              + " --ip-dst "
              + ip
              + " -j dnat --to-dst "
              + mac
              + " --dnat-target ACCEPT");
      rules.add(
          chain
              + " -p ARP -i "
              + uplink
              + " --arp-ip-dst "
              + ip
              + " -j dnat --to-dst "
              + mac
              + " --dnat-target ACCEPT");
    }
    return rules;
  }
}
