package dev.netgen.write;

import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderedFile;
import java.util.Objects;

/**
 * One step of a plan: what is on disk at a path, what the render wants there, and what applying
 * the plan does about it. {@code wanted} is null only for {@link Action#REMOVE}.
 */
public record Change(OutputPath path, Action action, LiveEntry live, RenderedFile wanted) {

  /** What applying does. A mode-only fix is its own action so a report or diff can say so. */
  public enum Action {
    /** Bytes and mode (or link target) already right: the path is not touched. */
    KEEP,
    /** Write the regular file's bytes and mode, replacing whatever file or link is there. */
    WRITE_FILE,
    /** Same bytes, wrong mode. */
    FIX_MODE,
    /** Create the link, replacing whatever file or link is there. */
    WRITE_LINK,
    /** An owned path (per the old manifest) that this render no longer produces. */
    REMOVE
  }

  public Change {
    Objects.requireNonNull(path);
    Objects.requireNonNull(action);
    Objects.requireNonNull(live);
    if ((wanted == null) != (action == Action.REMOVE)) {
      throw new IllegalArgumentException(action + " of " + path + " with wanted=" + wanted);
    }
  }

  static Change remove(OutputPath path, LiveEntry live) {
    return new Change(path, Action.REMOVE, live, null);
  }

  public FileStatus status() {
    return switch (action) {
      case KEEP -> FileStatus.UNCHANGED;
      case REMOVE -> FileStatus.REMOVED;
      case WRITE_FILE, FIX_MODE, WRITE_LINK -> exists() ? FileStatus.UPDATED : FileStatus.CREATED;
    };
  }

  private boolean exists() {
    return !(live instanceof LiveEntry.Missing || live instanceof LiveEntry.UnderNonDirectory);
  }
}
