package dev.netgen.render.common;

import dev.netgen.model.OutputKey;
import dev.netgen.render.RenderContext;
import java.util.List;
import java.util.Optional;

/**
 * qemu-bridge-helper's ACL: an {@code allow BRIDGE} line for each bridge a guest NIC names, so that
 * the helper (which denies every bridge no line allows) may put the guest's tap on it. Written only
 * when some NIC names a bridge. The helper reads /etc/qemu/bridge.conf alone and follows its {@code
 * include PATH} lines, so a file anywhere else says which line to add there.
 *
 * @param include the file's absolute path when bridge.conf must include it; empty when it is
 *     bridge.conf
 */
public record BridgeAclView(String include, List<String> bridges) {
  /** The one file qemu-bridge-helper opens by itself (its CONFIG_QEMU_CONFDIR/bridge.conf). */
  public static final String HELPER_ACL = "/etc/qemu/bridge.conf";

  public static Optional<BridgeAclView> of(RenderContext context) {
    var bridges =
        context.wiring().helperBridges().stream().map(b -> b.name().value().text()).toList();
    if (bridges.isEmpty()) {
      return Optional.empty();
    }
    String path = context.layout().path(OutputKey.BRIDGE_CONF).absolute();
    return Optional.of(new BridgeAclView(path.equals(HELPER_ACL) ? "" : path, bridges));
  }
}
