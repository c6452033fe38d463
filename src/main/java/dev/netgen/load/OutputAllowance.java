package dev.netgen.load;

import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import java.util.List;
import java.util.Set;

/**
 * Where the model's outputs may go: the places each consuming tool reads (OutputKey), plus the
 * paths the command line allows with --allow-output. The commands check; a loader built without an
 * allowance (the tests' models, which put files anywhere under a scratch root) does not.
 *
 * @param checked whether outputs outside their tool's places are refused at all
 * @param allowed paths allowed for any output, given on the command line
 */
public record OutputAllowance(boolean checked, Set<OutputPath> allowed) {
  public static final OutputAllowance ANYWHERE = new OutputAllowance(false, Set.of());

  public OutputAllowance {
    allowed = Set.copyOf(allowed);
  }

  /** The tools' places and these paths besides. */
  public static OutputAllowance toolsReadPlus(List<OutputPath> allowed) {
    return new OutputAllowance(true, Set.copyOf(allowed));
  }

  boolean permits(OutputKey key, OutputPath path) {
    return !checked || key.readsFrom(path) || allowed.contains(path);
  }
}
