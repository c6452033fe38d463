package dev.netgen.render.gentoo;

import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderContext;
import java.util.List;
import java.util.Optional;

/**
 * The data of netifrc's /etc/conf.d/net: one block of variable assignments per device (values
 * already double-quoted), then the bodies of the preup/postup/predown hooks, one case branch per
 * bridge that needs one. Built by {@link NetifrcViewBuilder}.
 */
public record NetifrcView(
    List<Block> blocks, List<Hook> preup, List<Hook> postup, List<Hook> predown) {
  /**
   * The admin's own additions, sourced at the end of conf.d/net when present: settings netgen does
   * not model (wpa_supplicant options, other NICs). netgen never writes it. gentoo/net.ftl names it
   * as text (a constant line, not a value line).
   */
  public static final OutputPath LOCAL = OutputPath.of("etc/conf.d/net.local");

  /** The variables of one device, under a comment saying what the device is. */
  public record Block(String comment, List<Assignment> assignments) {}

  /** name="value", the value quoted for sh. */
  public record Assignment(String name, String value) {}

  /** A case branch: the commands a hook runs when ${IFACE} is this device. */
  public record Hook(String iface, List<String> commands) {}

  /** conf.d/net is written for every model: even an empty one documents that netgen owns it. */
  static Optional<NetifrcView> of(RenderContext context) {
    return Optional.of(new NetifrcViewBuilder(context).build());
  }
}
