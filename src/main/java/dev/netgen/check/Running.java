package dev.netgen.check;

import dev.netgen.check.Probe.Output;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The running host as check read it, once: every command run a single time, all at once (each is a
 * process start and a kernel dump; together they take as long as the slowest), then parsed. Files
 * under /proc are read on demand through the same probe.
 */
public final class Running {
  static final List<String> LINKS = List.of("ip", "-j", "-d", "addr", "show");
  static final List<String> ROUTES = List.of("ip", "-j", "-4", "route", "show");
  static final List<String> SOCKETS = List.of("ss", "-H", "-l", "-n", "-p", "-t", "-u");
  static final List<String> IPTABLES = List.of("iptables-save");
  static final List<String> LEGACY = List.of("iptables-legacy-save");
  static final List<String> NFT = List.of("iptables-nft-save");
  static final List<String> EBTABLES = List.of("ebtables-save");
  static final List<String> NFT_RULESET = List.of("nft", "list", "ruleset");

  private final Probe probe;
  private final boolean root;
  private final Map<String, Link> links;
  private final List<Route> routes;
  private final Map<List<String>, Output> outputs;
  private final Map<List<String>, SavedRules> saved =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Running(
      Probe probe,
      boolean root,
      Map<String, Link> links,
      List<Route> routes,
      Map<List<String>, Output> outputs) {
    this.probe = probe;
    this.root = root;
    this.links = links;
    this.routes = routes;
    this.outputs = outputs;
  }

  /**
   * Reads the host: the listings every check needs, the firewall's only as root (they need
   * CAP_NET_ADMIN; nft's whole ruleset when the model's firewall is nftables), and {@code iw dev X
   * info} for each wireless device given. Exit 2 when the devices or routes cannot be read: without
   * them nothing can be said.
   */
  public static Running read(Probe probe, List<String> wireless, boolean nftables) {
    boolean root = isRoot(probe);
    var commands = new ArrayList<List<String>>(List.of(LINKS, ROUTES, SOCKETS));
    if (root) {
      commands.addAll(List.of(IPTABLES, LEGACY, NFT, EBTABLES));
      if (nftables) {
        commands.add(NFT_RULESET);
      }
    }
    wireless.forEach(dev -> commands.add(iw(dev)));
    var outputs = runAll(probe, commands);
    try {
      return new Running(
          probe,
          root,
          Link.parse(need(outputs.get(LINKS))),
          Route.parse(need(outputs.get(ROUTES))),
          outputs);
    } catch (IOException e) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "cannot read the host: ip printed no JSON netgen can read: " + e.getMessage());
    }
  }

  static List<String> iw(String dev) {
    return List.of("iw", "dev", dev, "info");
  }

  private static String need(Output output) {
    if (!output.ok()) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "cannot read the host: ip (iproute2) "
              + output.why()
              + "; check needs `ip -j` (iproute2 4.14 or later)");
    }
    return output.out();
  }

  private static Map<List<String>, Output> runAll(Probe probe, List<List<String>> commands) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            commands.size(),
            r -> {
              var thread = new Thread(r, "netgen-check");
              thread.setDaemon(true);
              return thread;
            });
    try {
      var futures = new LinkedHashMap<List<String>, CompletableFuture<Output>>();
      commands.forEach(
          c -> futures.put(c, CompletableFuture.supplyAsync(() -> probe.run(c), pool)));
      var outputs = new LinkedHashMap<List<String>, Output>();
      futures.forEach((c, f) -> outputs.put(c, f.join()));
      return outputs;
    } finally {
      pool.shutdown();
    }
  }

  /** Effective uid 0, from /proc/self/status; unreadable counts as not root. */
  private static boolean isRoot(Probe probe) {
    return probe
        .read("/proc/self/status")
        .flatMap(
            status ->
                status
                    .lines()
                    .filter(l -> l.startsWith("Uid:"))
                    .findFirst()
                    .map(l -> l.trim().split("\\s+"))
                    .filter(f -> f.length > 2)
                    .map(f -> f[2].equals("0")))
        .orElse(false);
  }

  public boolean root() {
    return root;
  }

  public Map<String, Link> links() {
    return links;
  }

  public Optional<Link> link(String name) {
    return Optional.ofNullable(links.get(name));
  }

  public List<Route> routes() {
    return routes;
  }

  /** What a command printed; a command never run (firewall as non-root) reads as missing. */
  public Output output(List<String> command) {
    return outputs.getOrDefault(command, Output.missing());
  }

  /** A firewall listing that ran, parsed once however many bridges ask. */
  public SavedRules saved(List<String> command) {
    return saved.computeIfAbsent(command, c -> SavedRules.parse(output(c).out()));
  }

  /** The listening sockets, or empty when ss could not run. */
  public Optional<List<Socket>> sockets() {
    var out = output(SOCKETS);
    return out.ok() ? Optional.of(Socket.parse(out.out())) : Optional.empty();
  }

  /** A file's text, trimmed; empty when it cannot be read (no such sysctl, no permission). */
  public Optional<String> file(String path) {
    return probe.read(path).map(String::strip);
  }

  /** A file's text as is, for comparing bytes. */
  public Optional<String> fileText(String path) {
    return probe.read(path);
  }
}
