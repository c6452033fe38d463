package dev.netgen.render;

import dev.netgen.model.OutputPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one render produces, keyed by path and listed in path order. Paths are hashed as files
 * are added and sorted once when listed: a 4,000-bridge render has some 19,000 paths with long
 * common prefixes, where a sorted map would compare strings on every insert.
 */
public final class FileSet {
  private static final Comparator<RenderedFile> BY_PATH = Comparator.comparing(RenderedFile::path);

  private final Map<OutputPath, RenderedFile> files = new HashMap<>();
  private List<RenderedFile> sorted;

  /** Adds a file; two outputs at one path is a model mistake (outputs:) or a bug. */
  public FileSet add(RenderedFile file) {
    var previous = files.putIfAbsent(file.path(), file);
    if (previous != null) {
      throw new IllegalArgumentException("two outputs at " + file.path().absolute());
    }
    sorted = null;
    return this;
  }

  /**
   * A new set of these files and one more, already in path order: the file is put in its place in
   * this set's sorted list, so the 18,000 paths of a large render are not sorted a second time (the
   * writer adds the manifest to every render this way).
   */
  public FileSet plus(RenderedFile file) {
    var sortedHere = files();
    var copy = new FileSet();
    copy.files.putAll(files);
    copy.add(file);
    var list = new ArrayList<RenderedFile>(sortedHere.size() + 1);
    list.addAll(sortedHere);
    int at = Collections.binarySearch(list, file, BY_PATH);
    list.add(-at - 1, file);
    copy.sorted = Collections.unmodifiableList(list);
    return copy;
  }

  /** The files in path order. */
  public List<RenderedFile> files() {
    if (sorted == null) {
      var list = new ArrayList<>(files.values());
      list.sort(BY_PATH);
      sorted = List.copyOf(list);
    }
    return sorted;
  }

  public Optional<RenderedFile> get(OutputPath path) {
    return Optional.ofNullable(files.get(path));
  }

  public int size() {
    return files.size();
  }
}
