package dev.netgen.model;

import java.util.Optional;

/**
 * A port of the host forwarded to a guest behind a nat bridge: connections to port (on any of the
 * host's addresses, or on from only) go to the guest's reserved address at port to (the same port
 * when to is not written).
 */
public record PortForward(
    Located<Proto> proto,
    Located<Port> port,
    Optional<Located<Port>> to,
    Optional<Located<Ipv4>> from,
    Position at) {

  /** The guest's port. */
  public Port target() {
    return to.map(Located::value).orElse(port.value());
  }
}
