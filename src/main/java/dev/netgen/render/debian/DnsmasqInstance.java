package dev.netgen.render.debian;

import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import dev.netgen.render.Emitter;
import dev.netgen.render.Output;
import dev.netgen.render.OutputLayout;
import dev.netgen.render.RenderContext;
import dev.netgen.text.Text;
import java.util.List;

/**
 * netgen's dnsmasq as an instance of the Debian package's template unit dnsmasq@.service, next to
 * the admin's dnsmasq.service (docs/debian.md): /etc/default/dnsmasq.netgen, which the package's
 * helper reads for that instance in place of /etc/default/dnsmasq, and the link `systemctl enable
 * dnsmasq@netgen.service` makes. Written while a bridge has a DHCP server and the dnsmasq file is
 * at its default place, the one that file names.
 */
final class DnsmasqInstance implements Output {
  private static final String TEMPLATE = "debian/dnsmasq.default.ftl";

  @Override
  public List<String> templates() {
    return List.of(TEMPLATE);
  }

  @Override
  public void emit(RenderContext context, Emitter out) {
    boolean serves =
        context.model().bridges().values().stream().anyMatch(b -> b.dhcpServer().isPresent());
    if (!serves || !context.layout().dnsmasqInstance()) {
      return;
    }
    String name = OutputLayout.DNSMASQ_INSTANCE;
    String conf = context.layout().path(OutputKey.DNSMASQ).absolute();
    var view =
        new DnsmasqDefaultView(
            Text.forShellWord(conf),
            Text.forShellWord("/var/lib/misc/dnsmasq." + name + ".leases"));
    out.template(OutputPath.of("etc/default/dnsmasq." + name), TEMPLATE, Output.CONFIG, view);
    out.symlink(
        OutputPath.of("etc/systemd/system/multi-user.target.wants/dnsmasq@" + name + ".service"),
        "/lib/systemd/system/dnsmasq@.service");
  }
}
