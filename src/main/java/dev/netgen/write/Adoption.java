package dev.netgen.write;

import dev.netgen.model.OutputPath;
import java.util.Set;

/**
 * What the command line allows netgen to take over ({@code --adopt PATH}, {@code --adopt all}): a
 * path netgen would write that holds something it does not own, or an owned path changed by hand.
 * Taking over moves the original to {@link Manifest#ADOPTED}, never deletes it.
 */
public record Adoption(Set<OutputPath> paths, boolean all) {
  public static final Adoption NONE = new Adoption(Set.of(), false);
  public static final Adoption ALL = new Adoption(Set.of(), true);

  public Adoption {
    paths = Set.copyOf(paths);
  }

  boolean allows(OutputPath path) {
    return all || paths.contains(path);
  }
}
