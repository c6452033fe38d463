package dev.netgen.diff;

import dev.netgen.render.RenderedFile;
import dev.netgen.text.Text;
import dev.netgen.write.Change;
import dev.netgen.write.LiveEntry;
import dev.netgen.write.Manifest;

/**
 * The unified text of one path that differs. Two label lines (live on the {@code ---} side, the
 * render on the {@code +++} side, {@code /dev/null} for a side that has nothing), then git-style
 * lines for what content hunks cannot show (mode, link target, an entry that is not a file), then
 * the content hunks. docs/diff.md describes the grammar.
 */
final class EntryText {
  static final String NOTHING = "/dev/null";

  /** Marks the render's side: both labels name the same path on the host. */
  static final String RENDER_SUFFIX = " (netgen)";

  static final String UNOWNED_NOTE =
      "unowned: not netgen's; render stops unless --adopt moves it to ";
  static final String MODIFIED_NOTE =
      "modified: changed by hand since netgen wrote it; render keeps it";
  static final String RESTORE_NOTE = "restore: the adopted original comes back from ";

  private EntryText() {}

  static String of(Change change) {
    var live = change.live();
    var wanted = change.wanted();
    var text = new StringBuilder();
    text.append("--- ").append(isAbsent(live) ? NOTHING : change.path().absolute()).append('\n');
    text.append("+++ ")
        .append(wanted == null ? NOTHING : change.path().absolute() + RENDER_SUFFIX)
        .append('\n');
    note(change, text);
    if (change.action() == Change.Action.KEEP_CHANGED && wanted == null) {
      describeLive(live, text); // kept as it is: no hunks, which would read as a removal
      return text.toString();
    }
    if (live instanceof LiveEntry.File old && wanted instanceof RenderedFile.Regular now) {
      if (old.mode() != now.mode()) {
        text.append("old mode ").append(octal(old.mode())).append('\n');
        text.append("new mode ").append(octal(now.mode())).append('\n');
      }
    } else {
      describeLive(live, text);
      describeWanted(wanted, text);
    }
    byte[] oldBytes = live instanceof LiveEntry.File old ? old.content() : null;
    byte[] newBytes = wanted instanceof RenderedFile.Regular now ? now.content() : null;
    if ((oldBytes != null || newBytes != null) && !(live instanceof LiveEntry.Oversized)) {
      // an oversized file is never read, so no hunk could say what changed in it
      Hunks.append(orEmpty(oldBytes), orEmpty(newBytes), text);
    }
    return text.toString();
  }

  /** The line that says what ownership makes of the path, when it is not an ordinary change. */
  private static void note(Change change, StringBuilder text) {
    String kept = Manifest.adoptedCopy(change.path()).absolute();
    switch (change.action()) {
      case UNOWNED, ADOPT -> text.append(UNOWNED_NOTE).append(kept).append('\n');
      case KEEP_CHANGED -> text.append(MODIFIED_NOTE).append('\n');
      case RESTORE -> text.append(RESTORE_NOTE).append(kept).append('\n');
      default -> {}
    }
  }

  private static boolean isAbsent(LiveEntry live) {
    return live instanceof LiveEntry.Missing || live instanceof LiveEntry.UnderNonDirectory;
  }

  private static void describeLive(LiveEntry live, StringBuilder text) {
    if (live instanceof LiveEntry.File file) {
      text.append("old mode ").append(octal(file.mode())).append('\n');
    } else if (live instanceof LiveEntry.Link link) {
      text.append("old link -> ").append(Text.forDiff(link.target())).append('\n');
    } else if (!(live instanceof LiveEntry.Missing)) {
      // A folder, a special file, or a file where a folder on the way belongs: render refuses
      // to write here, so say why rather than show it as plainly missing.
      text.append("old is ").append(live.describe()).append('\n');
    }
  }

  private static void describeWanted(RenderedFile wanted, StringBuilder text) {
    if (wanted instanceof RenderedFile.Regular file) {
      text.append("new mode ").append(octal(file.mode())).append('\n');
    } else if (wanted instanceof RenderedFile.Symlink link) {
      text.append("new link -> ").append(Text.forDiff(link.target())).append('\n');
    }
  }

  static String octal(int mode) {
    return String.format("%04o", mode);
  }

  private static byte[] orEmpty(byte[] bytes) {
    return bytes == null ? new byte[0] : bytes;
  }
}
