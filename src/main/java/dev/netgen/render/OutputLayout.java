package dev.netgen.render;

import dev.netgen.model.GuestName;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import dev.netgen.model.Position;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each output goes: the default path (README, "What it writes"), or the one the model's
 * {@code outputs:} gives. For {@code qemu} the path is a folder that holds one GUEST.args per
 * guest. The defaults are files of netgen's own that the stock services read next to the admin's
 * (docs/formats.md): sysctl.d is read by procps' {@code sysctl --system} and OpenRC's sysctl
 * service; dnsmasq.netgen.conf by a dnsmasq instance of netgen's own ({@link #dnsmasqInstance()}).
 */
public final class OutputLayout {
  /** The name of netgen's dnsmasq instance: dnsmasq.netgen (Gentoo), dnsmasq@netgen (Debian). */
  public static final String DNSMASQ_INSTANCE = "netgen";

  private static final Map<OutputKey, OutputPath> DEFAULTS = new EnumMap<>(OutputKey.class);

  static {
    DEFAULTS.put(OutputKey.NET, OutputPath.of("etc/conf.d/net"));
    DEFAULTS.put(OutputKey.INTERFACES, OutputPath.of("etc/network/interfaces"));
    DEFAULTS.put(OutputKey.DNSMASQ, OutputPath.of("etc/dnsmasq.netgen.conf"));
    DEFAULTS.put(OutputKey.SYSCTL, OutputPath.of("etc/sysctl.d/90-netgen.conf"));
    DEFAULTS.put(OutputKey.IPTABLES, OutputPath.of("etc/netgen/iptables.sh"));
    DEFAULTS.put(OutputKey.EBTABLES, OutputPath.of("etc/netgen/ebtables.sh"));
    DEFAULTS.put(OutputKey.NFTABLES, OutputPath.of("etc/netgen/nftables.sh"));
    DEFAULTS.put(OutputKey.NFTABLES_RULES, OutputPath.of("etc/netgen/netgen.nft"));
    DEFAULTS.put(OutputKey.QEMU, OutputPath.of("etc/netgen/qemu"));
    DEFAULTS.put(OutputKey.BRIDGE_CONF, OutputPath.of("etc/qemu/bridge.netgen.conf"));
  }

  private final Map<OutputKey, Located<OutputPath>> moved;

  public OutputLayout(Model model) {
    this.moved = model.outputs();
  }

  public OutputPath path(OutputKey key) {
    var override = moved.get(key);
    return override != null ? override.value() : DEFAULTS.get(key);
  }

  /**
   * Whether netgen runs its own dnsmasq instance "netgen": only while its file is at the default
   * place, the one that instance reads (Gentoo's init script and Debian's systemd helper derive it
   * from the instance name). A file moved by outputs: (into dnsmasq.d, say) is read by the admin's
   * dnsmasq instead.
   */
  public boolean dnsmasqInstance() {
    return path(OutputKey.DNSMASQ).equals(DEFAULTS.get(OutputKey.DNSMASQ));
  }

  /**
   * The file of one guest's QEMU arguments, inside the qemu folder, or empty when folder and name
   * together are longer than an output path may be (lint's path-length refuses that model; render
   * under --force reports it instead of failing).
   */
  public Optional<OutputPath> qemuArgs(GuestName guest) {
    String relative = path(OutputKey.QEMU).relative() + "/" + guest.text() + ".args";
    return relative.length() > OutputPath.MAX_LENGTH
        ? Optional.empty()
        : Optional.of(OutputPath.of(relative));
  }

  /** Where the model moved a file to this path, for blaming a clash on the right line. */
  public Optional<Position> movedHere(OutputPath path) {
    return moved.values().stream().filter(p -> p.value().equals(path)).map(Located::at).findFirst();
  }
}
