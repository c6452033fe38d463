package dev.netgen.lint;

import dev.netgen.model.Cidr;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import dev.netgen.text.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hosts of a fleet lint that sit on one LAN: their models declare the same host.upstream.subnet
 * (compared as a network, so 192.168.1.7/24 and 192.168.1.0/24 are one LAN). A model without
 * upstream is on no known LAN and takes part in no fleet rule.
 *
 * @param subnet the LAN's network
 * @param hosts its hosts, in the order the models were given
 */
public record Lan(Cidr subnet, List<Host> hosts) {
  public Lan {
    hosts = List.copyOf(hosts);
  }

  /** One model on the LAN, with its wiring and its place among the models given. */
  public record Host(int order, Model model, Wiring wiring) {
    /** "host 'hv02'", or "the host of b.yaml" when it has no name, as messages name it. */
    public String label() {
      return model.host().name().map(n -> "host '" + n.value() + "'").orElseGet(this::ofFile);
    }

    /** "the host of b.yaml". */
    public String ofFile() {
      return "the host of " + Text.forTerminal(model.source());
    }
  }

  /** The LANs that two or more of the hosts share, in the order of each LAN's first host. */
  static List<Lan> shared(List<Host> hosts) {
    Map<Cidr, List<Host>> bySubnet = new LinkedHashMap<>();
    for (Host host : hosts) {
      host.model()
          .host()
          .upstream()
          .ifPresent(
              u ->
                  bySubnet
                      .computeIfAbsent(u.subnet().value().subnet(), s -> new ArrayList<>())
                      .add(host));
    }
    var lans = new ArrayList<Lan>();
    bySubnet.forEach(
        (subnet, on) -> {
          if (on.size() > 1) {
            lans.add(new Lan(subnet, on));
          }
        });
    return lans;
  }
}
