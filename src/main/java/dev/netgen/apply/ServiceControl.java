package dev.netgen.apply;

/**
 * How an apply starts, stops and restarts a service on the target's init system: {@code systemctl
 * restart dnsmasq@netgen} on Debian, {@code rc-service dnsmasq.netgen restart} on Gentoo. A planner
 * asks for a step; the command is looked up on PATH when it runs, so a test host without that init
 * system running (the namespace lab) puts a stand-in of the same name first on PATH.
 */
@FunctionalInterface
public interface ServiceControl {

  /** What to do to a service. */
  enum Verb {
    START,
    STOP,
    RESTART;

    /** The word both systemctl and rc-service take. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** systemd: {@code systemctl VERB SERVICE}. */
  ServiceControl SYSTEMD = (verb, service, why) -> Step.of(why, "systemctl", verb.word(), service);

  /** OpenRC: {@code rc-service SERVICE VERB}. */
  ServiceControl OPENRC = (verb, service, why) -> Step.of(why, "rc-service", service, verb.word());

  Step step(Verb verb, String service, String why);
}
