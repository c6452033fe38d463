package dev.netgen.check;

import dev.netgen.model.Cidr;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every group of facts needs: the model, the host as read, and how the target brings a device
 * up, for hints ("ifup br0" on Debian, "rc-service net.br0 start" on Gentoo).
 */
final class Context {
  private final Model model;
  private final Wiring wiring;
  private final Running host;
  private final String target;
  private Set<String> modelled;
  private String strangers;
  private Map<Route, Cidr> prefixes;

  Context(Model model, Wiring wiring, Running host, String target) {
    this.model = model;
    this.wiring = wiring;
    this.host = host;
    this.target = target;
  }

  Model model() {
    return model;
  }

  Wiring wiring() {
    return wiring;
  }

  Running host() {
    return host;
  }

  String upCommand(String device) {
    return target.equals("gentoo") ? "rc-service net." + device + " start" : "ifup " + device;
  }

  /** Every device name the model configures, gathered once. */
  Set<String> modelled() {
    if (modelled == null) {
      var names = new HashSet<String>(model.interfaces().keySet());
      names.addAll(model.taps().keySet());
      names.addAll(model.bridges().keySet());
      modelled = names;
    }
    return modelled;
  }

  /**
   * The host's NICs the model does not name, "eth9 (MAC)", comma-separated, once: a device of no
   * kind (a NIC) or a veth, in no bridge, not lo. A missing NIC may be one of them, renamed.
   */
  String strangers() {
    if (strangers == null) {
      strangers =
          host.links().values().stream()
              .filter(
                  l ->
                      !modelled().contains(l.name())
                          && (l.kind().isEmpty() || l.kind().equals("veth"))
                          && l.master().isEmpty()
                          && !l.name().equals("lo"))
              .map(l -> l.name() + " (" + l.mac() + ")")
              .collect(Collectors.joining(", "));
    }
    return strangers;
  }

  /**
   * Every route but the default ones with its prefix, parsed once: a 4,000-bridge host has
   * thousands, and each bridge looks through them all.
   */
  Map<Route, Cidr> prefixes() {
    if (prefixes == null) {
      var parsed = new LinkedHashMap<Route, Cidr>();
      for (Route r : host.routes()) {
        if (r.isDefault()) {
          continue;
        }
        try {
          parsed.put(r, Cidr.parse(r.dst().contains("/") ? r.dst() : r.dst() + "/32"));
        } catch (InvalidValueException e) {
          // not an IPv4 prefix netgen can compare (a multicast or broadcast route type)
        }
      }
      prefixes = parsed;
    }
    return prefixes;
  }

  /** A note for a fact that only root can read. */
  static String needsRoot(String what) {
    return "needs root: " + what + " can only be read with CAP_NET_ADMIN; run netgen check as root";
  }
}
