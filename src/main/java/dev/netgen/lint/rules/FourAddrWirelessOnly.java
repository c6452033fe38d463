package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;

/** four-addr-wireless-only: four_addr set on a NIC that is not declared wireless. */
public final class FourAddrWirelessOnly implements Rule {
  @Override
  public String id() {
    return "four-addr-wireless-only";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "four_addr is set only on interfaces of type wireless";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        4-address (WDS) mode is an 802.11 setting; an Ethernet NIC has none, and netgen only runs
        `iw dev IF set 4addr on` for wireless interfaces. four_addr on an interface of type
        ethernet (the default type) does nothing, and usually means the type was forgotten: a Wi-Fi
        card declared as ethernet then escapes no-wlan-in-bridge, is never switched to 4-address
        mode, and the kernel refuses to add it to its bridge. Add type: wireless, or remove
        four_addr.
        """,
        """
        version: 1
        interfaces:
          wlan0:
            four_addr: true
        """,
        """
        version: 1
        interfaces:
          wlan0:
            type: wireless
            four_addr: true
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    for (var iface : model.interfaces().values()) {
      iface.fourAddr().filter(f -> f.value() && !iface.wireless()).ifPresent(f ->
          sink.report(
              f.at(),
              "interface '" + iface.name().value() + "' sets four_addr but its type is ethernet; 4-address mode exists only on Wi-Fi",
              "if " + iface.name().value() + " is a Wi-Fi card, add type: wireless; otherwise remove four_addr"));
    }
  }
}
