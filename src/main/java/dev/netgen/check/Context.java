package dev.netgen.check;

import dev.netgen.model.Model;
import dev.netgen.render.Topology;
import java.util.HashSet;
import java.util.Set;

/**
 * What every group of facts needs: the model, the host as read, and how the target brings a
 * device up, for hints ("ifup br0" on Debian, "rc-service net.br0 start" on Gentoo).
 */
record Context(Model model, Topology topology, Running host, String target) {

  String upCommand(String device) {
    return target.equals("gentoo") ? "rc-service net." + device + " start" : "ifup " + device;
  }

  /** Every device name the model configures. */
  Set<String> modelled() {
    var names = new HashSet<String>(model.interfaces().keySet());
    names.addAll(model.taps().keySet());
    names.addAll(model.bridges().keySet());
    return names;
  }

  /** A note for a fact that only root can read. */
  static String needsRoot(String what) {
    return "needs root: " + what + " can only be read with CAP_NET_ADMIN; run netgen check as root";
  }
}
