package dev.netgen.importer;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * `netgen import`: reads a host's network files below a root into a model. Order matters: the
 * network file first (devices), then netgen's own files (moved outputs, guests, firewall uplinks),
 * then dnsmasq (servers and fixed addresses on those guests), sysctl, and an optional firewall
 * dump.
 */
public final class Importer {
  private Importer() {}

  /** The distribution whose files the root holds, when only one of them is there. */
  public static Optional<HostDistro> guess(Path root) {
    var files = new HostFiles(root);
    boolean gentoo = GentooReader.present(files);
    boolean debian = DebianReader.present(files);
    if (gentoo == debian) {
      return Optional.empty();
    }
    return Optional.of(gentoo ? HostDistro.GENTOO : HostDistro.DEBIAN);
  }

  /** A file named on the command line: where it is, and how the user wrote it. */
  public record Named(Path path, String shown) {}

  public static ImportResult run(Named root, HostDistro distro, Optional<Named> firewall) {
    var files = new HostFiles(root.path(), root.shown());
    var r = new Reading(files);
    var own = new NetgenFiles(r);
    own.movedOutputs(distro);
    if (distro == HostDistro.GENTOO) {
      if (!files.exists(GentooReader.NET)) {
        throw new NetgenException(
            ExitCode.FAILURE, "import: no /etc/conf.d/net below " + files.shownRoot());
      }
      new GentooReader(r).read();
    } else {
      new DebianReader(r).read(own.where(Draft.Output.INTERFACES, DebianReader.INTERFACES));
    }
    hostName(r, own, distro);
    own.guests();
    own.natUplinks();
    own.macNat();
    new DnsmasqReader(r)
        .read(dnsmasqFiles(r), distro == HostDistro.DEBIAN ? List.of("/etc/dnsmasq.d") : List.of());
    var sysctl = r.draft.outputs.get(Draft.Output.SYSCTL);
    new SysctlReader(r).read(sysctl == null ? null : sysctl.text());
    firewall.ifPresent(f -> new FirewallReader(r).read(f.path(), f.shown()));
    String text = ModelText.write(r.draft, distro, files.shownRoot(), r.leftovers);
    return new ImportResult(text, List.copyOf(r.leftovers));
  }

  /**
   * netgen's own file where the manifest says, else the newer dedicated file when it exists, else
   * dnsmasq.conf.
   */
  private static List<String> dnsmasqFiles(Reading r) {
    var moved = r.draft.outputs.get(Draft.Output.DNSMASQ);
    if (moved != null) {
      return List.of(moved.text());
    }
    return List.of("/etc/dnsmasq.conf", "/etc/dnsmasq.netgen.conf", "/etc/dnsmasq.d/netgen.conf");
  }

  private static void hostName(Reading r, NetgenFiles own, HostDistro distro) {
    var hostname = r.files.lines("/etc/hostname");
    if (hostname.isPresent() && !hostname.get().isEmpty() && !hostname.get().get(0).isBlank()) {
      r.check(
              dev.netgen.model.Domain::parse,
              hostname.get().get(0).strip(),
              new Origin("/etc/hostname", 1),
              "host name")
          .ifPresent(v -> r.draft.hostName = v);
      return;
    }
    String file =
        distro == HostDistro.GENTOO
            ? GentooReader.NET
            : own.where(Draft.Output.INTERFACES, DebianReader.INTERFACES);
    var lines = r.files.lines(file);
    if (lines.isEmpty() && distro == HostDistro.DEBIAN) {
      lines = r.files.lines(own.where(Draft.Output.SYSCTL, "/etc/sysctl.conf"));
    }
    lines
        .flatMap(own::hostFromHeader)
        .ifPresent(
            name ->
                r.check(dev.netgen.model.Domain::parse, name, new Origin(file, 1), "host name")
                    .ifPresent(v -> r.draft.hostName = v));
  }
}
