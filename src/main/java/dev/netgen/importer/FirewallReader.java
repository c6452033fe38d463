package dev.netgen.importer;

import dev.netgen.text.Text;
import java.nio.file.Path;
import java.util.List;

/**
 * --firewall FILE: an iptables-save or ebtables-save dump (or the same rules written as
 * iptables/ebtables commands). MASQUERADE with -s SUBNET -o UPLINK gives the bridge of that subnet
 * its nat uplink; ebtables snat -o UPLINK gives MAC NAT, dnat --ip-dst IP --to-dst MAC a fixed
 * address. Chain declarations and COMMIT lines are structure; any other rule is a leftover.
 */
final class FirewallReader {
  private final Reading r;

  FirewallReader(Reading r) {
    this.r = r;
  }

  void read(Path file, String shown) {
    var lines = r.files.readOutside(file, shown);
    for (int n = 0; n < lines.size(); n++) {
      String l = lines.get(n).strip();
      var at = new Origin(shown, n + 1);
      if (l.isEmpty()
          || l.startsWith("#")
          || l.startsWith("*")
          || l.startsWith(":")
          || l.equals("COMMIT")) {
        continue;
      }
      var w = GentooReader.words(l);
      int a = w.indexOf("-A");
      if (a < 0 || a + 1 >= w.size()) {
        r.leave(at, "not a rule (-A CHAIN ...)");
        continue;
      }
      if (!rule(w.subList(a + 1, w.size()), at)) {
        r.leave(at, "rule " + Text.forMessage(l) + " is not modelled");
      }
    }
  }

  private boolean rule(List<String> w, Origin at) {
    String chain = w.get(0);
    String target = after(w, "-j");
    if (chain.equals("POSTROUTING") && "MASQUERADE".equals(target)) {
      String source = after(w, "-s", "--source");
      String out = after(w, "-o", "--out-interface");
      if (source == null || out == null) {
        r.leave(
            at,
            "MASQUERADE without "
                + (source == null ? "-s SUBNET" : "-o UPLINK")
                + ": the model's nat needs both");
        return true;
      }
      var bridge = new Reservations(r).bridgeOf(source.replaceAll("/.*", ""));
      if (bridge.isEmpty()) {
        r.leave(
            at,
            "MASQUERADE of " + Text.forMessage(source) + ", the subnet of no bridge import found");
        return true;
      }
      r.device(out, at).ifPresent(u -> r.draft.bridge(bridge.get()).nat = u);
      return true;
    }
    if (chain.equals("POSTROUTING") && "snat".equals(target)) {
      String out = after(w, "-o", "--out-interface");
      if (out == null) {
        return false;
      }
      String bridge = r.draft.bridges.containsKey(out) ? out : r.draft.bridgeOf(out).orElse(null);
      if (bridge == null) {
        r.leave(
            at,
            "snat out of "
                + Text.forMessage(out)
                + ", which is no bridge or bridge port import found");
        return true;
      }
      r.device(out, at).ifPresent(u -> r.draft.bridge(bridge).macNat = u);
      return true;
    }
    if (chain.equals("PREROUTING") && "dnat".equals(target)) {
      String in = after(w, "-i", "--in-interface");
      String ip = after(w, "--ip-dst", "--ip-destination", "--arp-ip-dst");
      String mac = after(w, "--to-dst", "--to-destination");
      if (in == null || ip == null || mac == null) {
        return false;
      }
      String bridge = r.draft.bridges.containsKey(in) ? in : r.draft.bridgeOf(in).orElse(null);
      new Reservations(r).reserve(bridge, ip, mac, at, null);
      return true;
    }
    return false;
  }

  private static String after(List<String> w, String... flags) {
    for (String f : flags) {
      int i = w.indexOf(f);
      if (i >= 0 && i + 1 < w.size()) {
        return w.get(i + 1);
      }
    }
    return null;
  }
}
