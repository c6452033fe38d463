package dev.netgen.importer;

import dev.netgen.text.Text;
import java.util.List;
import java.util.Set;

/**
 * The preup/postup/predown/postdown functions of conf.d/net, read as text. What netgen itself
 * writes there is understood (4-address mode, its firewall scripts, netifrc's network-root check);
 * every other line is a leftover: import never runs or translates shell code.
 */
final class NetifrcHooks {
  private static final Set<String> FRAME =
      Set.of(
          "case \"${IFACE}\" in",
          "esac",
          ";;",
          "if is_net_fs /; then",
          "eerror \"root filesystem is network mounted -- can't stop ${IFACE}\"",
          "return 1",
          "fi",
          "return 0",
          "");
  private final Reading r;

  NetifrcHooks(Reading r) {
    this.r = r;
  }

  void read(List<ShellFile.Function> functions) {
    for (var f : functions) {
      if (!List.of("preup", "postup", "predown", "postdown").contains(f.name())) {
        r.leave(f.at(), "function " + Text.forMessage(f.name()) + "() is not a netifrc hook");
        continue;
      }
      String iface = null;
      for (var line : f.body()) {
        String t = withoutFailureGuard(line.text().strip());
        if (FRAME.contains(t) || t.startsWith("#")) {
          continue;
        }
        if (t.endsWith(")") && Reading.isDeviceName(t.substring(0, t.length() - 1))) {
          iface = t.substring(0, t.length() - 1);
          continue;
        }
        if (!understood(f.name(), iface, t, line.at())) {
          r.leave(
              line.at(),
              f.name()
                  + "() runs "
                  + Text.forMessage(t)
                  + ": hook commands are never run or translated");
        }
      }
    }
  }

  /**
   * "CMD || return 1" / "CMD || exit 1": how netgen makes a failing hook command fail the start.
   */
  private static String withoutFailureGuard(String t) {
    for (String guard : List.of(" || return 1", " || exit 1")) {
      if (t.endsWith(guard)) {
        return t.substring(0, t.length() - guard.length());
      }
    }
    return t;
  }

  private boolean understood(String hook, String iface, String t, Origin at) {
    var w = GentooReader.words(t);
    if (iface == null) {
      return false;
    }
    if (hook.equals("preup")
        && w.size() == 6
        && w.get(0).equals("iw")
        && w.get(1).equals("dev")
        && w.get(3).equals("set")
        && w.get(4).equals("4addr")
        && w.get(5).equals("on")
        && r.draft.interfaces.containsKey(w.get(2))) {
      r.draft.iface(w.get(2)).fourAddr = new Val("true", at);
      return true;
    }
    if (w.size() == 3
        && w.get(2).equals(iface)
        && (w.get(0).endsWith("/iptables.sh") || w.get(0).endsWith("/ebtables.sh"))) {
      boolean nat = w.get(0).endsWith("/iptables.sh");
      if (w.get(1).equals("start")) {
        (nat ? r.natHooks : r.macNatHooks).put(iface, at);
        if (nat) {
          r.natScript = w.get(0);
        } else {
          r.macNatScript = w.get(0);
        }
        return true;
      }
      return w.get(1).equals("stop");
    }
    return false;
  }
}
