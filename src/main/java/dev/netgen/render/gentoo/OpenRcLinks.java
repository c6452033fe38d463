package dev.netgen.render.gentoo;

import dev.netgen.model.IfName;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.OutputPath;
import dev.netgen.render.Emitter;
import dev.netgen.render.Output;
import dev.netgen.render.OutputLayout;
import dev.netgen.render.RenderContext;
import dev.netgen.render.Unrenderable;
import java.util.List;

/**
 * The OpenRC side: net.IF -> net.lo for every device conf.d/net configures (OpenRC takes the
 * interface from the text after "net."), every device that is not a bridge port in the default
 * runlevel (ports come up through rc_net_BR_need), and netgen's dnsmasq instance there too when it
 * serves a bridge.
 */
final class OpenRcLinks implements Output {
  @Override
  public List<String> templates() {
    return List.of();
  }

  @Override
  public void emit(RenderContext context, Emitter out) {
    Model model = context.model();
    model
        .interfaces()
        .values()
        .forEach(i -> out.symlink(path("etc/init.d/net.", i.name()), "net.lo"));
    model.taps().values().forEach(t -> out.symlink(path("etc/init.d/net.", t.name()), "net.lo"));
    model.bridges().values().forEach(b -> out.symlink(path("etc/init.d/net.", b.name()), "net.lo"));
    // OpenRC's rc_hotplug is off by default: a device comes up at boot only from a runlevel or
    // because a started service needs it. Ports come up through their bridge's rc_net_BR_need.
    for (var device : context.wiring().startedAtBoot()) {
      out.symlink(
          path("etc/runlevels/default/net.", device.name()),
          "/etc/init.d/net." + device.name().value().text());
    }
    if (model.bridges().values().stream().anyMatch(b -> b.dhcpServer().isPresent())
        && context.layout().dnsmasqInstance()) {
      // The package's init script runs an instance by the name of its link and reads
      // /etc/dnsmasq.NAME.conf: netgen's dnsmasq, next to the admin's own /etc/init.d/dnsmasq.
      String instance = "dnsmasq." + OutputLayout.DNSMASQ_INSTANCE;
      out.symlink(OutputPath.of("etc/init.d/" + instance), "dnsmasq");
      out.symlink(OutputPath.of("etc/runlevels/default/" + instance), "/etc/init.d/" + instance);
    }
  }

  /** A device name as a file name; only a name lint rejects (a '%' template) can fail here. */
  private static OutputPath path(String prefix, Located<IfName> name) {
    try {
      return OutputPath.parse("/" + prefix + name.value().text());
    } catch (InvalidValueException e) {
      throw Unrenderable.at(
          name.at(),
          "device name " + name.value() + " cannot be an OpenRC service name",
          "use letters, digits, '_', '.' and '-' only (see `netgen rules name-valid`)");
    }
  }
}
