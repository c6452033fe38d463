package dev.netgen.render.debian;

import dev.netgen.model.OutputKey;
import dev.netgen.render.Output;
import dev.netgen.render.Target;
import java.util.List;

/**
 * Debian: ifupdown's /etc/network/interfaces with bridge-utils' options, and netgen's dnsmasq
 * instance. No network init links: the {@code auto} lines are what starts the bridges and taps at
 * boot.
 */
public final class DebianTarget implements Target {
  @Override
  public String id() {
    return "debian";
  }

  @Override
  public List<Output> outputs() {
    return List.of(
        Output.file(
            OutputKey.INTERFACES, "debian/interfaces.ftl", Output.CONFIG, InterfacesView::of),
        new DnsmasqInstance());
  }
}
