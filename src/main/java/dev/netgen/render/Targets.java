package dev.netgen.render;

import dev.netgen.render.debian.DebianTarget;
import dev.netgen.render.gentoo.GentooTarget;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The targets this build can render, by id: the one list to add a new target to. */
public final class Targets {
  private static final List<Target> ALL = List.of(new GentooTarget(), new DebianTarget());

  private Targets() {}

  public static Optional<Target> find(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Every template any target renders, for an engine to parse while the model loads. */
  public static List<String> templates() {
    var all = new LinkedHashSet<String>();
    ALL.forEach(t -> t.outputs().forEach(o -> all.addAll(o.templates())));
    CommonOutputs.ALL.forEach(o -> all.addAll(o.templates()));
    return List.copyOf(all);
  }

  public static List<String> ids() {
    return ALL.stream().map(Target::id).toList();
  }
}
