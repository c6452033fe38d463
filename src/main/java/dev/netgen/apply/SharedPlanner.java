package dev.netgen.apply;

import java.util.List;

/**
 * The steps both targets share, after the device steps: netgen's sysctl file loaded, the firewall
 * scripts started for changed bridges (stopped for removed ones, before the write) and netgen's
 * dnsmasq restarted (or stopped). They differ only in how a service is named and controlled.
 */
public final class SharedPlanner implements StepPlanner {
  private final StepPlanner steps;

  public SharedPlanner(DnsmasqSteps dnsmasq) {
    var sysctl = new SysctlSteps();
    var firewall = new FirewallSteps();
    this.steps = sysctl.then(firewall).then(dnsmasq);
  }

  /** Debian: dnsmasq@netgen.service, started from the package's helper with netgen's defaults. */
  public static SharedPlanner debian(ServiceControl services) {
    return new SharedPlanner(
        new DnsmasqSteps(
            services,
            "dnsmasq@netgen",
            "etc/dnsmasq.netgen.conf",
            List.of(
                "etc/default/dnsmasq.netgen",
                "etc/systemd/system/multi-user.target.wants/dnsmasq@netgen.service")));
  }

  /** Gentoo: the OpenRC service dnsmasq.netgen, with its own init script. */
  public static SharedPlanner gentoo(ServiceControl services) {
    return new SharedPlanner(
        new DnsmasqSteps(
            services,
            "dnsmasq.netgen",
            "etc/dnsmasq.netgen.conf",
            List.of("etc/init.d/dnsmasq.netgen", "etc/runlevels/default/dnsmasq.netgen")));
  }

  @Override
  public StepPlan plan(Transition transition) {
    return steps.plan(transition);
  }
}
