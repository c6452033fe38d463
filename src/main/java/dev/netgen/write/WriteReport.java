package dev.netgen.write;

import java.util.List;

/**
 * What a render did (or, from {@link Plan#report()}, would do): one outcome per path, sorted by
 * path, and warnings the command line prints on stderr (e.g. ignored manifest lines).
 */
public record WriteReport(List<FileOutcome> files, List<String> warnings) {
  public WriteReport {
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }

  /** The report lines, in path order: {@code created /etc/conf.d/net}, ... */
  public List<String> lines() {
    return files.stream().map(FileOutcome::line).toList();
  }

  /** Whether anything on disk changed (or would): config management's "changed" flag. */
  public boolean changed() {
    return files.stream()
        .anyMatch(f -> f.status() != FileStatus.UNCHANGED && f.status() != FileStatus.KEPT);
  }

  /** Whether an owned path changed by hand was kept as it is (render exits 1). */
  public boolean keptChanged() {
    return files.stream().anyMatch(f -> f.status() == FileStatus.KEPT);
  }
}
