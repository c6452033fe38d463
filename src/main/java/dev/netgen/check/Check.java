package dev.netgen.check;

import dev.netgen.diag.NetgenException;
import dev.netgen.diff.DiffStatus;
import dev.netgen.diff.PathStatus;
import dev.netgen.diff.TreeComparer;
import dev.netgen.model.Bridge;
import dev.netgen.model.Firewall;
import dev.netgen.model.Interface;
import dev.netgen.model.Model;
import dev.netgen.model.OutputKey;
import dev.netgen.model.Tap;
import dev.netgen.model.Wiring;
import dev.netgen.render.FileSet;
import dev.netgen.render.OutputLayout;
import dev.netgen.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * netgen check: reads the host once, then lists the facts in a fixed order: each device in model
 * order (interfaces, taps, bridges; a bridge's firewall and DHCP with it), then the host as a
 * whole, then the rendered files. The rendered files say what the scripts load and where dnsmasq's
 * configuration is, so a path moved by {@code outputs:} is followed.
 */
public final class Check {
  private Check() {}

  /**
   * rendered: the model's render for target (without manifest); root: where the files comparison
   * looks ("/" on the host itself).
   */
  public static List<Fact> run(
      Model model, String target, FileSet rendered, Path root, Probe probe) {
    var wireless =
        model.interfaces().values().stream()
            .filter(Interface::fourAddrOn)
            .map(i -> i.name().value().text())
            .toList();
    boolean nftables = model.host().firewallOrDefault() == Firewall.NFTABLES;
    Running host = Running.read(probe, wireless, nftables);
    var context = new Context(model, Wiring.of(model), host, target);
    var facts = new ArrayList<Fact>();
    var devices = new DeviceFacts(context, facts::add);
    var firewall = new FirewallFacts(context, facts::add);
    var dhcp = new DhcpFacts(context, facts::add);
    var wide = new HostFacts(context, facts::add);
    var layout = new OutputLayout(model);
    var natUplinks = new HashSet<String>();
    model
        .bridges()
        .values()
        .forEach(b -> b.nat().ifPresent(n -> natUplinks.add(n.uplink().value().text())));

    for (Interface nic : model.interfaces().values()) {
      if (downByChoice(context, nic.name().value().text(), facts)) {
        continue;
      }
      devices.nic(nic);
      if (natUplinks.contains(nic.name().value().text())
          && host.link(nic.name().value().text()).isPresent()) {
        wide.rpFilter(nic.name().value().text());
      }
    }
    for (Tap tap : model.taps().values()) {
      if (downByChoice(context, tap.name().value().text(), facts)) {
        continue;
      }
      devices.tap(tap);
    }
    String iptables = layout.path(OutputKey.IPTABLES).absolute();
    String ebtables = layout.path(OutputKey.EBTABLES).absolute();
    String nft = layout.path(OutputKey.NFTABLES).absolute();
    Optional<String> dnsmasq = text(rendered, layout, OutputKey.DNSMASQ);
    for (Bridge bridge : model.bridges().values()) {
      if (downByChoice(context, bridge.name().value().text(), facts)) {
        continue;
      }
      devices.bridge(bridge);
      if (host.link(bridge.name().value().text()).isEmpty()) {
        continue;
      }
      if (nftables && bridge.effectiveMode().isPresent()) {
        firewall.nftables(bridge, nft, text(rendered, layout, OutputKey.NFTABLES_RULES));
      } else if (!nftables && bridge.effectiveMode().isPresent()) {
        firewall.iptables(bridge, bridge.effectiveMode().get(), iptables);
      }
      if (bridge.macNat().isPresent()) {
        firewall.macNat(bridge, ebtables);
      }
      if (bridge.dhcpServer().isPresent()) {
        dhcp.bridge(bridge, dnsmasq);
      }
    }
    wide.defaultRoute();
    wide.forwarding();
    wide.forwardPolicy();
    if (nftables) {
      wide.nftForwardDrop();
    }
    wide.bridgeNetfilter();
    wide.backends();
    if (target.equals("gentoo")) {
      new BootFacts(context, root, facts::add).runlevels();
    }
    facts.add(files(rendered, root));
    return facts;
  }

  private static Optional<String> text(FileSet rendered, OutputLayout layout, OutputKey key) {
    return rendered
        .get(layout.path(key))
        .filter(RenderedFile.Regular.class::isInstance)
        .map(f -> new String(((RenderedFile.Regular) f).content(), StandardCharsets.UTF_8));
  }

  /** The rendered files on disk, as `netgen diff` compares them, in one line. */
  static Fact files(FileSet rendered, Path root) {
    String expected = "as rendered";
    List<PathStatus> entries;
    try {
      entries = TreeComparer.statuses(rendered, root);
    } catch (NetgenException e) {
      return Fact.skip("files", "rendered files", expected, e.getMessage());
    }
    var differing = entries.stream().filter(d -> d.status() != DiffStatus.SAME).toList();
    if (differing.isEmpty()) {
      return Fact.pass("files", "rendered files", expected, entries.size() + " files as rendered");
    }
    String named =
        differing.stream()
            .limit(5)
            .map(d -> d.path().absolute() + " " + d.status().word())
            .collect(Collectors.joining(", "));
    return Fact.fail(
        "files",
        "rendered files",
        expected,
        differing.size()
            + " of "
            + entries.size()
            + " differ: "
            + named
            + (differing.size() > 5 ? ", ..." : ""),
        "netgen diff shows how; netgen render --out / writes them");
  }

  /**
   * A device the model leaves down at boot (autostart: false, or a tap of such a bridge) that is
   * not up now is as modelled: its facts are skipped, with the command that brings it up. Once
   * brought up by hand, it is checked like any other.
   */
  private static boolean downByChoice(Context context, String device, List<Fact> facts) {
    if (context.wiring().upAfterBoot(device)
        || context.host().link(device).filter(Link::up).isPresent()) {
      return false;
    }
    facts.add(
        Fact.skip(
            device,
            "exists",
            "present",
            "not started at boot (autostart: false); "
                + context.upCommand(device)
                + " brings it up"));
    return true;
  }
}
