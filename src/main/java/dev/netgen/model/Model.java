package dev.netgen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole host network as the YAML describes it, typed and positioned. Maps keep the order the
 * model wrote; keys are the element names as text.
 */
public record Model(
    String source,
    Host host,
    Map<String, Interface> interfaces,
    Map<String, Tap> taps,
    Map<String, Bridge> bridges,
    Map<String, Guest> guests,
    Forwarding forwarding,
    Map<OutputKey, Located<OutputPath>> outputs,
    List<Located<RuleId>> lintDisable) {

  public Model {
    interfaces = ordered(interfaces);
    taps = ordered(taps);
    bridges = ordered(bridges);
    guests = ordered(guests);
    outputs = ordered(outputs);
    lintDisable = List.copyOf(lintDisable);
  }

  private static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Forwarding as the model asks, or as docs/model.md defaults it: on when any bridge is nat or
   * routed.
   */
  public boolean forwardingOn() {
    return forwarding.ipv4().map(Located::value).orElseGet(this::anyForwarded);
  }

  /** Whether the host routes IPv6: forwarding.ipv6, else whether any bridge asks for NAT66. */
  public boolean forwarding6On() {
    return forwarding
        .ipv6()
        .map(Located::value)
        .orElseGet(() -> bridges.values().stream().anyMatch(Bridge::nat66));
  }

  /**
   * Whether a device with these IPv6 forms needs accept_ra=2: it learns its default route from
   * router advertisements (SLAAC, or DHCPv6, which hands out no route) while the host forwards, and
   * the kernel ignores advertisements on a forwarding device unless accept_ra is 2.
   */
  public boolean needsAcceptRa2(List<Located<Address6>> address6) {
    return forwarding6On()
        && address6.stream().anyMatch(a -> !(a.value() instanceof Address6.Static));
  }

  /** Whether any bridge's mode needs the host to route: nat or routed. */
  public boolean anyForwarded() {
    return bridges.values().stream()
        .flatMap(b -> b.effectiveMode().stream())
        .anyMatch(m -> m == BridgeMode.NAT || m == BridgeMode.ROUTED);
  }

  /** The target the model is for: host.distro, or what {@link #forTarget} set; empty = either. */
  public Optional<Distro> distro() {
    return host.distro().map(Located::value);
  }

  /**
   * The same model for a target chosen on the command line (render's or lint's --target), so that
   * rules whose facts differ between the targets' tools speak of the one the files are for. A
   * host.distro of the model keeps its position when it names the same target.
   */
  public Model forTarget(Distro target) {
    if (distro().equals(Optional.of(target))) {
      return this;
    }
    Position at = host.distro().map(Located::at).orElse(Position.none(source));
    var chosen =
        new Host(
            host.name(), Optional.of(new Located<>(target, at)), host.upstream(), host.firewall());
    return new Model(
        source, chosen, interfaces, taps, bridges, guests, forwarding, outputs, lintDisable);
  }
}
