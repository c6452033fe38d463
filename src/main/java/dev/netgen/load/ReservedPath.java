package dev.netgen.load;

import dev.netgen.model.OutputPath;

/**
 * A path a later stage writes for itself (the writer's manifest), which the model's outputs may not
 * take, nor a folder on its way, nor a place under it. The command line passes the writer's own;
 * the loader only knows that such paths exist.
 *
 * @param role what the file is, as the refusal names it
 */
public record ReservedPath(OutputPath path, String role) {
  /** Whether an output at this place would take the reserved path's place. */
  boolean takenBy(OutputPath output) {
    return output.equals(path) || output.isAncestorOf(path) || path.isAncestorOf(output);
  }
}
