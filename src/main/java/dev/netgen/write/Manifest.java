package dev.netgen.write;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import dev.netgen.text.Text;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code etc/netgen/manifest}: what netgen owns under a root, one path a line, sorted, under a
 * comment header:
 *
 * <pre>
 * etc folder                                   a folder netgen made (uninstall removes it when empty)
 * etc/conf.d/net file sha256=9f86d0...         a file, and the SHA-256 of the bytes netgen wrote
 * etc/init.d/net.br0 link target=net.lo        a link, and the target netgen gave it
 * etc/sysctl.conf file sha256=... adopted      ... whose original netgen keeps under etc/netgen/adopted/
 * etc/dnsmasq.conf                             format 1 (before records): owned, what was written unknown
 * </pre>
 *
 * A path is replaced or removed only while it still holds what its line records (see {@link
 * Entry#holds}); one changed by hand is kept. While a render runs, a line may record two values,
 * the old and the new, so a render killed between writing a file and writing the manifest still
 * recognises its own work. The manifest does not list itself.
 */
public final class Manifest {
  public static final OutputPath PATH = OutputPath.of("etc/netgen/manifest");

  /** What the file is, for the loader's refusal of an output placed there. */
  public static final String ROLE = "netgen's own list of the files it owns";

  /**
   * Where adopted originals are kept, each under its own path: etc/netgen/adopted/etc/sysctl.conf.
   */
  public static final OutputPath ADOPTED = OutputPath.of("etc/netgen/adopted");

  /** What that folder is, for the loader's refusal of an output placed there. */
  public static final String ADOPTED_ROLE =
      "where netgen keeps the originals of the paths it adopted";

  static final String HEADER =
      "# netgen manifest 2: the paths netgen owns and what it wrote at each; it replaces or removes"
          + " a path only while it still holds that. Do not edit.";
  private static final int MODE = 0644;
  private static final String SHA256 = "sha256=";
  private static final String TARGET = "target=";
  private static final String ADOPTED_FLAG = "adopted";

  private Manifest() {}

  /** Where the original of an adopted path is kept. */
  public static OutputPath adoptedCopy(OutputPath path) {
    // Not OutputPath.of: the prefix may take a path that is legal on its own past the length limit.
    return new OutputPath(ADOPTED.relative() + "/" + path.relative());
  }

  /**
   * The manifest a render of these files writes into an empty root: every file and link with what
   * it holds, and every folder above them, all made by netgen there. A render into a root that has
   * some of those folders records only those it made.
   */
  public static RenderedFile.Regular of(FileSet rendered) {
    var entries = new ArrayList<Entry>(rendered.size());
    var folders = new HashSet<OutputPath>();
    addFoldersAbove(PATH, folders);
    for (var file : rendered.files()) {
      entries.add(Entry.of(file, false));
      addFoldersAbove(file.path(), folders);
    }
    return listing(entries, folders);
  }

  /** The render plus its manifest: what render --stdout prints and what the goldens hold. */
  public static FileSet withManifest(FileSet rendered) {
    requireNoReservedPath(rendered);
    return rendered.plus(of(rendered));
  }

  /** Refuses a render with an output at the manifest or in the adopted folder (exit 2). */
  static void requireNoReservedPath(FileSet rendered) {
    if (rendered.get(PATH).isPresent()) {
      throw new NetgenException(
          ExitCode.FAILURE,
          PATH.absolute()
              + " is "
              + ROLE
              + ";"
              + " move the output that goes there (outputs: in the model)");
    }
    for (var file : rendered.files()) {
      if (file.path().equals(ADOPTED) || ADOPTED.isAncestorOf(file.path())) {
        throw new NetgenException(
            ExitCode.FAILURE,
            file.path().absolute()
                + " is "
                + ADOPTED_ROLE
                + "; move the output that goes there (outputs: in the model)");
      }
    }
  }

  static void addFoldersAbove(OutputPath path, Collection<OutputPath> folders) {
    String relative = path.relative();
    for (int slash = relative.indexOf('/'); slash > 0; slash = relative.indexOf('/', slash + 1)) {
      folders.add(new OutputPath(relative.substring(0, slash)));
    }
  }

  /** A manifest of these entries and folders, sorted by path. */
  static RenderedFile.Regular listing(Collection<Entry> entries, Collection<OutputPath> folders) {
    // Sorted with a list: the paths mostly come in order already, which a list sort checks in one
    // pass where a TreeMap would compare each of thousands of long paths log n times.
    var lines = new ArrayList<Line>(entries.size() + folders.size());
    entries.forEach(e -> lines.add(new Line(e.path(), e)));
    folders.forEach(f -> lines.add(new Line(f, null)));
    lines.sort(null);
    var text = new StringBuilder(HEADER).append('\n');
    Line previous = null;
    for (var line : lines) {
      if (previous == null || !line.path().equals(previous.path())) {
        text.append(line.path().relative());
        if (line.entry() == null) {
          text.append(" folder");
        } else {
          line.entry().appendFields(text);
        }
        text.append('\n');
      }
      previous = line;
    }
    return new RenderedFile.Regular(PATH, text.toString().getBytes(StandardCharsets.UTF_8), MODE);
  }

  private record Line(OutputPath path, Entry entry) implements Comparable<Line> {
    @Override
    public int compareTo(Line other) {
      return path.compareTo(other.path);
    }
  }

  /**
   * One owned path: what netgen wrote there (kind and values: one SHA-256 or link target, two while
   * a render runs; none for a format-1 line) and whether it keeps the path's original under {@link
   * #ADOPTED}.
   */
  public record Entry(OutputPath path, Kind kind, List<String> values, boolean adopted) {
    /** What netgen wrote at the path. */
    public enum Kind {
      FILE,
      LINK,
      /** A format-1 line: owned, but what netgen wrote is not recorded. */
      UNRECORDED
    }

    public Entry {
      values = List.copyOf(values);
    }

    static Entry of(RenderedFile wanted, boolean adopted) {
      var kind = wanted instanceof RenderedFile.Regular ? Kind.FILE : Kind.LINK;
      return new Entry(wanted.path(), kind, List.of(Fingerprint.of(wanted)), adopted);
    }

    /**
     * Whether live still holds what netgen wrote: a file whose SHA-256, or a link whose target, is
     * recorded. For a format-1 line, whose record is unknown: a regular file that begins with the
     * header netgen puts on every file it generates (a link or anything else counts as changed by
     * hand, so format 1 never costs an admin a file netgen did not write).
     */
    public boolean holds(LiveEntry live) {
      return switch (kind) {
        case FILE -> live instanceof LiveEntry.File f && values.contains(f.sha256());
        case LINK -> live instanceof LiveEntry.Link l && values.contains(l.target());
        case UNRECORDED -> live instanceof LiveEntry.File f && GeneratedHeader.startsWith(f);
      };
    }

    /** This entry recording one more value (the old one of a render in progress), same kind. */
    Entry alsoHolding(LiveEntry live) {
      var more = new ArrayList<>(values);
      String value = Fingerprint.of(live);
      if (!more.contains(value)) {
        more.add(value);
      }
      return new Entry(path, kind, more, adopted);
    }

    Entry withAdopted(boolean flag) {
      return new Entry(path, kind, values, flag);
    }

    private void appendFields(StringBuilder text) {
      if (kind == Kind.UNRECORDED) {
        return;
      }
      text.append(kind == Kind.FILE ? " file" : " link");
      for (String value : values) {
        text.append(' ')
            .append(kind == Kind.FILE ? SHA256 + value : TARGET + LinkTargets.encode(value));
      }
      if (adopted) {
        text.append(' ').append(ADOPTED_FLAG);
      }
    }
  }

  /** What an existing manifest records, and a warning for each line that was ignored. */
  public record Owned(
      SortedMap<OutputPath, Entry> entries, SortedSet<OutputPath> folders, List<String> warnings) {
    public static final Owned NONE = new Owned(new TreeMap<>(), new TreeSet<>(), List.of());

    public Owned {
      entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
      folders = Collections.unmodifiableSortedSet(new TreeSet<>(folders));
      warnings = List.copyOf(warnings);
    }

    /** The owned files and links (folders aside). */
    public SortedSet<OutputPath> paths() {
      return Collections.unmodifiableSortedSet(new TreeSet<>(entries.keySet()));
    }

    public Optional<Entry> entry(OutputPath path) {
      return Optional.ofNullable(entries.get(path));
    }
  }

  /**
   * Reads a manifest from disk, of format 2 or 1. A line whose path is not a clean relative path
   * (absolute, with '..', a hidden or empty segment, control characters), or whose fields are not
   * those netgen writes, is ignored with a warning rather than obeyed: the file lies in a writable
   * tree, and a hostile line must not steer the clean-up outside the root or onto files netgen did
   * not write.
   */
  public static Owned parse(byte[] content) {
    var entries = new TreeMap<OutputPath, Entry>();
    var folders = new TreeSet<OutputPath>();
    var warnings = new ArrayList<String>();
    String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(" ", -1);
      var path = cleanRelative(fields[0]);
      if (path.isEmpty()) {
        warnings.add(ignored(i, fields[0], "is not a clean relative path"));
        continue;
      }
      if (fields.length == 2 && fields[1].equals("folder")) {
        folders.add(path.get());
        continue;
      }
      var entry = entry(path.get(), fields);
      if (entry.isEmpty()) {
        warnings.add(ignored(i, line, "is not a line netgen writes"));
      } else {
        entries.putIfAbsent(path.get(), entry.get());
      }
    }
    return new Owned(entries, folders, warnings);
  }

  private static String ignored(int index, String text, String why) {
    return "ignoring line "
        + (index + 1)
        + " of "
        + PATH.absolute()
        + ": "
        + Text.forWarning(text)
        + " "
        + why
        + ", so netgen does not remove it";
  }

  /** The entry of a file or link line, or of a format-1 line (the path alone). */
  private static Optional<Entry> entry(OutputPath path, String[] fields) {
    if (fields.length == 1) {
      return Optional.of(new Entry(path, Entry.Kind.UNRECORDED, List.of(), false));
    }
    Entry.Kind kind;
    String prefix;
    if (fields[1].equals("file")) {
      kind = Entry.Kind.FILE;
      prefix = SHA256;
    } else if (fields[1].equals("link")) {
      kind = Entry.Kind.LINK;
      prefix = TARGET;
    } else {
      return Optional.empty();
    }
    var values = new ArrayList<String>();
    boolean adopted = false;
    for (int f = 2; f < fields.length; f++) {
      String field = fields[f];
      if (field.equals(ADOPTED_FLAG) && f == fields.length - 1) {
        adopted = true;
      } else if (field.startsWith(prefix)) {
        var value =
            kind == Entry.Kind.FILE
                ? sha256Value(field.substring(prefix.length()))
                : LinkTargets.decode(field.substring(prefix.length()));
        if (value.isEmpty()) {
          return Optional.empty();
        }
        values.add(value.get());
      } else {
        return Optional.empty();
      }
    }
    return values.isEmpty()
        ? Optional.empty()
        : Optional.of(new Entry(path, kind, values, adopted));
  }

  private static Optional<String> sha256Value(String hex) {
    if (hex.length() != 64) {
      return Optional.empty();
    }
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return Optional.empty();
      }
    }
    return Optional.of(hex);
  }

  /** The line as an output path, only when it is exactly what {@link #listing} writes. */
  private static Optional<OutputPath> cleanRelative(String line) {
    if (line.startsWith("/")) {
      return Optional.empty();
    }
    try {
      return Optional.of(OutputPath.parse("/" + line));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /**
   * A link target as one field of a line: bytes outside a plain set as %XX, so no space or newline.
   */
  static final class LinkTargets {
    private LinkTargets() {}

    static String encode(String target) {
      var out = new StringBuilder(target.length());
      for (byte b : target.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xff;
        boolean plain =
            (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "._/+@:-".indexOf(c) >= 0;
        if (plain) {
          out.append((char) c);
        } else {
          out.append('%')
              .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
              .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
      }
      return out.toString();
    }

    static Optional<String> decode(String field) {
      var bytes = new ByteArrayOutputStream(field.length());
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c == '%') {
          if (i + 2 >= field.length()) {
            return Optional.empty();
          }
          int high = Character.digit(field.charAt(i + 1), 16);
          int low = Character.digit(field.charAt(i + 2), 16);
          if (high < 0 || low < 0) {
            return Optional.empty();
          }
          bytes.write(high * 16 + low);
          i += 2;
        } else if (c > 0x20 && c < 0x7f) {
          bytes.write(c);
        } else {
          return Optional.empty();
        }
      }
      return bytes.size() == 0
          ? Optional.empty()
          : Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }
  }
}
