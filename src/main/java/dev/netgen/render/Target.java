package dev.netgen.render;

import java.util.List;

/**
 * A distribution render can write for: its id (as --target and host.distro name it) and the outputs
 * only it has (its network configuration, its init links). The outputs every target shares are
 * {@link CommonOutputs}; adding a target is one class like this and its template.
 */
public interface Target {
  String id();

  List<Output> outputs();
}
