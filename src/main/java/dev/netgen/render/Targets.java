package dev.netgen.render;

import dev.netgen.render.gentoo.GentooTarget;
import java.util.List;
import java.util.Optional;

/** The targets this build can render, by id: the one list to add a new target to. */
public final class Targets {
  private static final List<Target> ALL = List.of(new GentooTarget());

  private Targets() {}

  public static Optional<Target> find(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return ALL.stream().map(Target::id).toList();
  }
}
