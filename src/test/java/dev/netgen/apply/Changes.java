package dev.netgen.apply;

import dev.netgen.model.OutputPath;
import dev.netgen.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Transitions written by hand for the planner tests: a path's text before and after. */
final class Changes {
  private Changes() {}

  /** before or after null: the file is absent on that side. */
  static FileChange change(String path, String before, String after) {
    var p = OutputPath.of(path);
    return new FileChange(p, file(p, before), file(p, after));
  }

  static Transition of(FileChange... changes) {
    return new Transition(List.of(changes));
  }

  static List<String> lines(List<Step> steps) {
    return steps.stream().map(s -> s.commandLine() + "  # " + s.why()).toList();
  }

  private static Optional<RenderedFile> file(OutputPath path, String text) {
    return Optional.ofNullable(text)
        .map(t -> new RenderedFile.Regular(path, t.getBytes(StandardCharsets.UTF_8), 0644));
  }
}
