package dev.netgen.diff;

import dev.netgen.render.RenderedFile;
import dev.netgen.write.Change;
import dev.netgen.write.LiveEntry;

/** How one path under the root compares with the render: the status word of diff's JSON. */
public enum DiffStatus {
  /** Bytes and mode, or link target, as render would write them. */
  SAME("same"),
  /** Same kind of entry (file and file, link and link), other bytes, mode or target. */
  CHANGED("changed"),
  /** Nothing there (or a folder on the way is missing or a file): render would create it. */
  MISSING("missing"),
  /** A file where a link belongs, a link where a file belongs, or a folder or special file. */
  WRONG_TYPE("wrong-type"),
  /**
   * Owned per the manifest under the root, no longer produced: render would remove it (or put back
   * its adopted original).
   */
  STALE("stale"),
  /** Something netgen does not own where render would write: render stops unless it is adopted. */
  UNOWNED("unowned"),
  /** Owned, but no longer what netgen wrote there (changed by hand): render keeps it. */
  MODIFIED("modified");

  private final String word;

  DiffStatus(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** The status of one step of the writer's plan, so diff and render can never disagree. */
  public static DiffStatus of(Change change) {
    return switch (change.action()) {
      case KEEP -> SAME;
      case REMOVE, RESTORE -> STALE;
      case UNOWNED, ADOPT -> UNOWNED;
      case KEEP_CHANGED -> MODIFIED;
      case FIX_MODE -> CHANGED;
      case WRITE_FILE, WRITE_LINK -> ofReplacement(change.live(), change.wanted());
    };
  }

  private static DiffStatus ofReplacement(LiveEntry live, RenderedFile wanted) {
    if (live instanceof LiveEntry.Missing || live instanceof LiveEntry.UnderNonDirectory) {
      return MISSING;
    }
    boolean sameKind =
        ((live instanceof LiveEntry.File || live instanceof LiveEntry.Oversized)
                && wanted instanceof RenderedFile.Regular)
            || (live instanceof LiveEntry.Link && wanted instanceof RenderedFile.Symlink);
    return sameKind ? CHANGED : WRONG_TYPE;
  }
}
