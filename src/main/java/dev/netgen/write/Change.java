package dev.netgen.write;

import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderedFile;
import java.util.Objects;

/**
 * One step of a plan: what is on disk at a path, what the render wants there (null when it wants
 * nothing: a path it removes, restores or keeps after the model dropped it), and what applying the
 * plan does about it.
 */
public record Change(OutputPath path, Action action, LiveEntry live, RenderedFile wanted) {

  /** What applying does. A mode-only fix is its own action so a report or diff can say so. */
  public enum Action {
    /** Bytes and mode (or link target) already right: the path is not touched. */
    KEEP,
    /** Write the regular file's bytes and mode, replacing netgen's own file or link there. */
    WRITE_FILE,
    /** Same bytes, wrong mode. */
    FIX_MODE,
    /** Create the link, replacing netgen's own file or link there. */
    WRITE_LINK,
    /** An owned path (per the old manifest) that this render no longer produces. */
    REMOVE,
    /** Move what is there to etc/netgen/adopted/, then write the wanted file or link. */
    ADOPT,
    /**
     * No longer produced: remove netgen's entry (if any is left) and put the adopted original back.
     */
    RESTORE,
    /** Owned, changed by hand: left alone and reported. */
    KEEP_CHANGED,
    /** Something netgen does not own where it would write, not adopted: the render stops. */
    UNOWNED
  }

  public Change {
    Objects.requireNonNull(path);
    Objects.requireNonNull(action);
    Objects.requireNonNull(live);
    boolean mayWantNothing =
        action == Action.REMOVE || action == Action.RESTORE || action == Action.KEEP_CHANGED;
    boolean mustWantNothing = action == Action.REMOVE || action == Action.RESTORE;
    if ((wanted == null && !mayWantNothing) || (wanted != null && mustWantNothing)) {
      throw new IllegalArgumentException(action + " of " + path + " with wanted=" + wanted);
    }
  }

  static Change remove(OutputPath path, LiveEntry live) {
    return new Change(path, Action.REMOVE, live, null);
  }

  /** Whether applying writes a file or link at the path. */
  boolean writes() {
    return switch (action) {
      case WRITE_FILE, FIX_MODE, WRITE_LINK, ADOPT -> true;
      default -> false;
    };
  }

  public FileStatus status() {
    return switch (action) {
      case KEEP -> FileStatus.UNCHANGED;
      case REMOVE -> FileStatus.REMOVED;
      case ADOPT -> FileStatus.ADOPTED;
      case RESTORE -> FileStatus.RESTORED;
      case KEEP_CHANGED -> FileStatus.KEPT;
      case UNOWNED -> FileStatus.UNOWNED;
      case WRITE_FILE, FIX_MODE, WRITE_LINK -> exists() ? FileStatus.UPDATED : FileStatus.CREATED;
    };
  }

  private boolean exists() {
    return !(live instanceof LiveEntry.Missing || live instanceof LiveEntry.UnderNonDirectory);
  }
}
