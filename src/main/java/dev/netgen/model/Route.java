package dev.netgen.model;

import java.util.Optional;

/**
 * A static route of an interface or a bridge: the network it reaches, the router on the device's
 * own subnet that leads there, and its metric when one is written.
 */
public record Route(
    Located<Cidr> to, Located<Ipv4> via, Optional<Located<Metric>> metric, Position at) {

  /** The metric the kernel gives the route: the one written, else 0. */
  public Metric effectiveMetric() {
    return metric.map(Located::value).orElse(Metric.NONE);
  }

  /** The route as ip(8) and netifrc's routes_X read it: "10.0.0.0/8 via 192.168.1.1 metric 10". */
  public String ipWords() {
    return to.value() + " via " + via.value() + metric.map(m -> " metric " + m.value()).orElse("");
  }
}
