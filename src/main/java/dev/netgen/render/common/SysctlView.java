package dev.netgen.render.common;

import dev.netgen.render.RenderContext;
import java.util.List;
import java.util.Optional;

/** sysctl.conf: the kernel settings the model needs, only IPv4 forwarding so far. */
public record SysctlView(List<Setting> settings) {
  /** One key = value line. */
  public record Setting(String key, String value) {}

  public static Optional<SysctlView> of(RenderContext context) {
    if (!context.model().forwardingOn()) {
      return Optional.empty();
    }
    return Optional.of(new SysctlView(List.of(new Setting("net.ipv4.ip_forward", "1"))));
  }
}
