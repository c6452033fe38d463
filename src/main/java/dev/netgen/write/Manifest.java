package dev.netgen.write;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.model.InvalidValueException;
import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import dev.netgen.text.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@code etc/netgen/manifest}: the sorted list of every path a render owns, itself included, one
 * relative path a line under a comment header. The next render deletes what the old list holds
 * and the new render does not produce, and nothing else, so netgen never deletes a file it did
 * not write.
 */
public final class Manifest {
  public static final OutputPath PATH = OutputPath.of("etc/netgen/manifest");
  /** What the file is, for the loader's refusal of an output placed there. */
  public static final String ROLE = "netgen's own list of the files it owns";
  static final String HEADER =
      "# netgen: files owned by netgen; a render removes those its model no longer produces. Do not edit.";
  private static final int MODE = 0644;

  private Manifest() {}

  /** The manifest a render of these files writes. */
  public static RenderedFile.Regular of(FileSet rendered) {
    var paths = new ArrayList<OutputPath>();
    rendered.files().forEach(f -> paths.add(f.path()));
    return listing(paths);
  }

  /** The render plus its manifest: what render writes and what diff compares. */
  public static FileSet withManifest(FileSet rendered) {
    if (rendered.get(PATH).isPresent()) {
      throw new NetgenException(
          ExitCode.FAILURE,
          PATH.absolute() + " is " + ROLE + ";"
              + " move the output that goes there (outputs: in the model)");
    }
    return rendered.plus(of(rendered));
  }

  /** A manifest listing these paths and itself, sorted. */
  static RenderedFile.Regular listing(Collection<OutputPath> paths) {
    // Sorted with a list: the paths mostly come in order already, which a list sort checks in one
    // pass where a TreeSet would compare each of thousands of long paths log n times.
    var sorted = new ArrayList<OutputPath>(paths.size() + 1);
    sorted.addAll(paths);
    sorted.add(PATH);
    sorted.sort(null);
    var text = new StringBuilder(HEADER).append('\n');
    OutputPath previous = null;
    for (OutputPath p : sorted) {
      if (!p.equals(previous)) {
        text.append(p.relative()).append('\n');
      }
      previous = p;
    }
    return new RenderedFile.Regular(PATH, text.toString().getBytes(StandardCharsets.UTF_8), MODE);
  }

  /** The paths an existing manifest lists, and a warning for each line that was ignored. */
  public record Owned(SortedSet<OutputPath> paths, List<String> warnings) {
    public static final Owned NONE = new Owned(new TreeSet<>(), List.of());

    public Owned {
      paths = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Reads a manifest from disk. Any line that is not a clean relative path (absolute, with '..',
   * a hidden or empty segment, control characters) is ignored with a warning rather than obeyed:
   * the file lies in a writable tree, and a hostile line must not steer the clean-up outside the
   * root or onto files netgen did not write.
   */
  public static Owned parse(byte[] content) {
    var paths = new TreeSet<OutputPath>();
    var warnings = new ArrayList<String>();
    String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      var path = cleanRelative(line);
      if (path.isPresent()) {
        paths.add(path.get());
      } else {
        warnings.add(
            "ignoring line " + (i + 1) + " of " + PATH.absolute() + ": " + Text.forWarning(line)
                + " is not a clean relative path, so netgen does not remove it");
      }
    }
    return new Owned(paths, warnings);
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
}
