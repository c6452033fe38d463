package dev.netgen.apply;

/** Runs one step on the host. Tests give a recording runner; the command line the real one. */
@FunctionalInterface
public interface StepRunner {

  /**
   * What running a step gave: its exit status and what it printed (stdout and stderr together,
   * trimmed), for the line apply prints when it fails.
   */
  record Result(int exitCode, String output) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  Result run(Step step);
}
