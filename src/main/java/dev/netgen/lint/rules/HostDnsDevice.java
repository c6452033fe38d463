package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Position;
import dev.netgen.model.Wiring;
import java.util.Map;

/**
 * host-dns-device: the host's resolvers (host.dns, host.search) have a device to go on. Both
 * ifupdown and netifrc take resolvers as options of a device, written when it comes up; netgen puts
 * them on the device of the default route (Wiring.resolverDevice), and without an interface or
 * bridge that has an address there is none, so they would be written nowhere.
 */
public final class HostDnsDevice extends Rule {
  public HostDnsDevice() {
    super(
        "host-dns-device",
        Kind.SAFETY,
        Severity.ERROR,
        "the host's resolvers have an interface or bridge with an address to go on",
        new Message(
            "nowhere",
            "host.{{key}} is set, but no interface or bridge brought up at boot has an address, so"
                + " no device's configuration can carry it",
            "give the interface or bridge of the host's default route its address (dhcp or a CIDR"
                + " with gateway:), or remove host.{{key}}"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var host = model.host();
    if (!host.hasResolvers() || wiring.resolverDevice().isPresent()) {
      return;
    }
    String key = host.dns().isEmpty() ? "search" : "dns";
    Position at = host.dns().isEmpty() ? host.search().get(0).at() : host.dns().get(0).at();
    reporter.report(at, "nowhere", Map.of("key", key));
  }
}
