package dev.netgen.apply;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.nio.file.Path;

/** The planner of each target: its device steps, then the steps both targets share. */
public final class Planners {
  private Planners() {}

  /**
   * The planner for a target id (debian, gentoo); root is where the host's programs are looked at
   * (which ifupdown is installed).
   */
  public static StepPlanner forTarget(String target, Path root) {
    return switch (target) {
      case "debian" ->
          new DebianPlanner(Ifupdown.detect(root))
              .then(SharedPlanner.debian(ServiceControl.SYSTEMD));
      default ->
          throw new NetgenException(
              ExitCode.FAILURE,
              "apply does not know the "
                  + target
                  + " target's services yet; render --out / writes its files");
    };
  }
}
