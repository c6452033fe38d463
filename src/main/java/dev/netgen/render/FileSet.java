package dev.netgen.render;

import dev.netgen.model.OutputPath;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/** Everything one render produces, keyed and ordered by path. */
public final class FileSet {
  private final TreeMap<OutputPath, RenderedFile> files = new TreeMap<>();

  /** Adds a file; two outputs at one path is a model mistake (outputs:) or a bug. */
  public FileSet add(RenderedFile file) {
    var previous = files.putIfAbsent(file.path(), file);
    if (previous != null) {
      throw new IllegalArgumentException("two outputs at " + file.path().absolute());
    }
    return this;
  }

  public Collection<RenderedFile> files() {
    return Collections.unmodifiableCollection(files.values());
  }

  public Optional<RenderedFile> get(OutputPath path) {
    return Optional.ofNullable(files.get(path));
  }

  public int size() {
    return files.size();
  }
}
