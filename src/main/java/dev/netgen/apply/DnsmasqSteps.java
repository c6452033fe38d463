package dev.netgen.apply;

import java.util.List;
import java.util.Optional;

/**
 * netgen's own dnsmasq instance: restarted when its files change, stopped (with the old files,
 * before the write) when the model no longer has one. Never reloaded: on SIGHUP dnsmasq 2.90
 * re-reads /etc/hosts, /etc/ethers and its --dhcp-hostsfile/--dhcp-optsfile, but not its
 * configuration file, where netgen renders the reservations (dhcp-host lines): a reservation
 * changed and signalled is still handed out the old way. A restart keeps the leases (they are in
 * the lease file) and no device; guests re-ask within their renew time.
 *
 * @param service the instance as the service control names it (dnsmasq@netgen)
 * @param config its configuration file (etc/dnsmasq.netgen.conf)
 * @param others the other files the instance starts from (its defaults file, its init script)
 */
public record DnsmasqSteps(
    ServiceControl services, String service, String config, List<String> others)
    implements StepPlanner {

  public DnsmasqSteps {
    others = List.copyOf(others);
  }

  @Override
  public StepPlan plan(Transition transition) {
    var conf = transition.at(config);
    if (conf.isPresent() && conf.get().after().isEmpty()) {
      return new StepPlan(
          List.of(
              services.step(ServiceControl.Verb.STOP, service, "dnsmasq: no bridge serves DHCP")),
          List.of());
    }
    return why(conf, transition)
        .map(
            why ->
                new StepPlan(
                    List.of(), List.of(services.step(ServiceControl.Verb.RESTART, service, why))))
        .orElse(StepPlan.NONE);
  }

  private Optional<String> why(Optional<FileChange> conf, Transition transition) {
    if (conf.isPresent() && !conf.get().onlyCommentsDiffer()) {
      var c = conf.get();
      if (c.before().isEmpty()) {
        return Optional.of("dnsmasq: configuration added");
      }
      return Optional.of(
          onlyReservations(c)
              ? "dnsmasq: reservations changed (dnsmasq reads them only when it starts)"
              : "dnsmasq: configuration changed");
    }
    return others.stream()
        .flatMap(o -> transition.at(o).stream())
        .filter(c -> c.after().isPresent() && !c.onlyCommentsDiffer())
        .findFirst()
        .map(c -> "dnsmasq: " + c.path().relative() + " changed");
  }

  /** Whether the configuration's settings differ in dhcp-host lines only (it did change). */
  private static boolean onlyReservations(FileChange change) {
    return settings(change.beforeText()).equals(settings(change.afterText()));
  }

  /** The setting lines but the dhcp-host ones (no comment, no blank). */
  private static List<String> settings(String text) {
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .filter(l -> !l.startsWith("dhcp-host="))
        .toList();
  }
}
