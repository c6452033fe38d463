package dev.netgen.write;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.util.List;
import java.util.function.Function;

/**
 * The take-over guard's refusal (exit 1, before anything is written): every path in the way, what
 * is there, and the command that adopts the adoptable ones. The writer does not know the command
 * line, so the caller gives the command ({@link #message(Function)}); the default message names the
 * option only.
 */
public final class TakeOverRefused extends NetgenException {
  private static final long serialVersionUID = 1L;
  private final transient List<Blocked> blocked;

  TakeOverRefused(List<Blocked> blocked) {
    super(ExitCode.FINDINGS, text(blocked, paths -> "--adopt " + String.join(" --adopt ", paths)));
    this.blocked = List.copyOf(blocked);
  }

  public List<Blocked> blocked() {
    return blocked;
  }

  /** The refusal with the adopting command built by command from the paths to adopt. */
  public String message(Function<List<String>, String> command) {
    return text(blocked, command);
  }

  private static String text(List<Blocked> blocked, Function<List<String>, String> command) {
    var adoptable =
        blocked.stream().filter(Blocked::adoptable).map(b -> b.path().absolute()).toList();
    var text = new StringBuilder("not writing anything: ");
    text.append(blocked.size() == 1 ? "a path" : blocked.size() + " paths")
        .append(" netgen would write ")
        .append(blocked.size() == 1 ? "holds" : "hold")
        .append(" something netgen may not replace (it owns only what ")
        .append(Manifest.PATH.absolute())
        .append(" lists, as it wrote it):");
    for (var b : blocked) {
      text.append("\n  ").append(b.line());
    }
    if (!adoptable.isEmpty()) {
      text.append("\nTo let netgen take ")
          .append(adoptable.size() == 1 ? "it" : "them")
          .append(" over, keeping each original under ")
          .append(Manifest.ADOPTED.absolute())
          .append(
              "/ to come back when the model no longer produces the path or on `netgen uninstall`:\n  ")
          .append(command.apply(adoptable));
    }
    return text.toString();
  }
}
