package dev.netgen.write;

/** What a render or uninstall did, or would do, to one path: the words printed before the path. */
public enum FileStatus {
  CREATED("created"),
  UPDATED("updated"),
  UNCHANGED("unchanged"),
  REMOVED("removed"),
  /** The original moved to etc/netgen/adopted/, netgen's file written in its place. */
  ADOPTED("adopted"),
  /** netgen's file removed and the adopted original put back. */
  RESTORED("restored"),
  /** Owned, but no longer what netgen wrote: left as it is (render and uninstall exit 1). */
  KEPT("kept, changed by hand:"),
  /** Something netgen does not own where it would write: render stops (dry run and diff only). */
  UNOWNED("unowned");

  private final String word;

  FileStatus(String word) {
    this.word = word;
  }

  /**
   * The words of a report line before the path: {@code created}, {@code kept, changed by hand:} ...
   */
  public String word() {
    return word;
  }
}
