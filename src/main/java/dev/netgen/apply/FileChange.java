package dev.netgen.apply;

import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One path whose entry an apply changes: what it held before (empty when nothing was there) and
 * what it holds after (empty when the apply removes it). Both are the entries as the host's tools
 * read them, netgen's or not: an adopted original is a "before", a restored one an "after".
 */
public record FileChange(
    OutputPath path, Optional<RenderedFile> before, Optional<RenderedFile> after) {

  public FileChange {
    Objects.requireNonNull(path);
    Objects.requireNonNull(before);
    Objects.requireNonNull(after);
  }

  /** The text of a regular file before the change, or "" when it was absent or a link. */
  public String beforeText() {
    return text(before);
  }

  /** The text of a regular file after the change, or "" when it is absent or a link. */
  public String afterText() {
    return text(after);
  }

  /**
   * Whether both sides are files that differ in comments and blank lines only (# lines: the
   * generated header names the model file), which no tool reads: nothing to do for such a change.
   */
  public boolean onlyCommentsDiffer() {
    return before.filter(RenderedFile.Regular.class::isInstance).isPresent()
        && after.filter(RenderedFile.Regular.class::isInstance).isPresent()
        && settings(beforeText()).equals(settings(afterText()));
  }

  private static java.util.List<String> settings(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static String text(Optional<RenderedFile> entry) {
    return entry
        .filter(RenderedFile.Regular.class::isInstance)
        .map(e -> new String(((RenderedFile.Regular) e).content(), StandardCharsets.UTF_8))
        .orElse("");
  }
}
