package dev.netgen.render.common;

import dev.netgen.render.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * sysctl.conf: the kernel settings the model needs: IPv4 and IPv6 forwarding. A device's accept_ra
 * is not here: sysctl runs once at boot, before a device that appears later exists, and a key of a
 * missing device fails the load; each target's network configuration sets it when the device comes
 * up (docs/ipv6.md).
 */
public record SysctlView(List<Setting> settings) {
  /** One key = value line. */
  public record Setting(String key, String value) {}

  public static Optional<SysctlView> of(RenderContext context) {
    var settings = new ArrayList<Setting>();
    if (context.model().forwardingOn()) {
      settings.add(new Setting("net.ipv4.ip_forward", "1"));
    }
    if (context.model().forwarding6On()) {
      settings.add(new Setting("net.ipv6.conf.all.forwarding", "1"));
    }
    return settings.isEmpty() ? Optional.empty() : Optional.of(new SysctlView(settings));
  }
}
