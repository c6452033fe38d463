package dev.netgen.apply;

import dev.netgen.diag.NetgenException;
import dev.netgen.render.FileSet;
import dev.netgen.write.Adoption;
import dev.netgen.write.WriteReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The watcher of an apply with a confirm window, from the first step to the verdict: applies the
 * new files, checks the host, then waits until {@code netgen confirm} marks the state confirmed,
 * every probe answers, or the window closes. A failing step, a failing check or a closed window
 * puts the previous files back with an {@link Apply#run} of them, the same way they came. It runs
 * in a process of its own session, so it outlives the session that started the apply; everything it
 * says goes to its log.
 */
public final class ConfirmWatch {

  /** Whether every probe answers now (one round: a ping or a connect each, a second at most). */
  @FunctionalInterface
  public interface Prober {
    boolean answers(ProbeTarget target);
  }

  /** The post-apply check of the host against the model: true when no fact fails. */
  @FunctionalInterface
  public interface HostCheck {
    boolean passes(PrintWriter log);
  }

  /** The clock and the pause between two looks at the state (tests pass a clock they move). */
  public interface Time {
    Instant now();

    void pause(Duration length) throws InterruptedException;
  }

  /** How the watch ended. */
  public enum Verdict {
    KEPT,
    ROLLED_BACK
  }

  /** How often the watcher looks at the state file and asks the probes. */
  static final Duration TICK = Duration.ofSeconds(1);

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final RollbackStore store;
  private final Apply apply;
  private final HostCheck check;
  private final Prober prober;
  private final Time time;
  private final PrintWriter log;

  public ConfirmWatch(
      RollbackStore store,
      Apply apply,
      HostCheck check,
      Prober prober,
      Time time,
      PrintWriter log) {
    this.store = store;
    this.apply = apply;
    this.check = check;
    this.prober = prober;
    this.time = time;
    this.log = log;
  }

  /** Watches the apply the store holds, as process pid; files are the new render. */
  public Verdict run(FileSet files, Adoption adoption, long pid) {
    var state =
        store.locked(
            () -> {
              var s = store.state().orElseThrow().watchedBy(pid);
              store.write(s);
              return s;
            });
    String failed = act(files, adoption);
    if (!failed.isEmpty()) {
      markRollingBack(failed);
      rollBack(failed);
      return Verdict.ROLLED_BACK;
    }
    var deadline = time.now().plus(state.window());
    store.locked(
        () -> {
          store.write(store.state().orElseThrow().waitingUntil(deadline));
          return null;
        });
    say(
        "waiting until "
            + CLOCK.format(deadline)
            + " for `netgen confirm`"
            + (state.probes().isEmpty()
                ? ""
                : " or every probe answering (" + String.join(", ", state.probes()) + ")"));
    String late = await(deadline, probes(state.probes()));
    if (late.isEmpty()) {
      return Verdict.KEPT;
    }
    rollBack(late);
    return Verdict.ROLLED_BACK;
  }

  private void markRollingBack(String why) {
    store.locked(
        () -> {
          store.write(store.state().orElseThrow().with(PendingApply.Status.ROLLING_BACK, why));
          return null;
        });
  }

  /** Applies and checks; the reason to roll back, or "" when all went well. */
  private String act(FileSet files, Adoption adoption) {
    try {
      var report = apply.run(files, adoption, listener());
      if (report.anyStepFailed()) {
        return "a step of the apply failed";
      }
    } catch (NetgenException e) {
      say("apply failed: " + e.getMessage());
      return "the apply failed: " + e.getMessage();
    }
    say("checking the host against the model");
    return check.passes(log) ? "" : "the check of the host failed";
  }

  /**
   * Waits for a confirmation or the probes; "" when kept, else the reason to roll back. The verdict
   * is taken under the lock, so a confirmation that comes as the window closes either wins (kept)
   * or is told it came too late.
   */
  private String await(Instant deadline, List<ProbeTarget> probes) {
    while (true) {
      boolean answered = !probes.isEmpty() && probes.stream().allMatch(prober::answers);
      boolean closed = !time.now().isBefore(deadline);
      String verdict =
          store.locked(
              () -> {
                var now = store.state().orElseThrow();
                if (now.status() == PendingApply.Status.CONFIRMED) {
                  store.write(now.with(PendingApply.Status.KEPT, "confirmed"));
                  return "";
                }
                if (answered) {
                  store.write(now.with(PendingApply.Status.KEPT, "every probe answered"));
                  return "";
                }
                if (closed) {
                  String why = "no confirmation within " + now.window().toSeconds() + " s";
                  store.write(now.with(PendingApply.Status.ROLLING_BACK, why));
                  return why;
                }
                return null;
              });
      if (verdict != null) {
        say(verdict.isEmpty() ? "kept: " + store.state().orElseThrow().note() : verdict);
        return verdict;
      }
      try {
        var left = Duration.between(time.now(), deadline);
        time.pause(left.compareTo(TICK) < 0 ? left : TICK);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "the watcher was interrupted";
      }
    }
  }

  private void rollBack(String why) {
    say("rolling back (" + why + "): putting the previous files back");
    String note;
    try {
      var report = apply.run(store.previousFiles(), store.previousAdoption(), listener());
      note =
          report.anyStepFailed()
              ? why + "; rolled back, but a step of the rollback failed (see the log)"
              : why + "; rolled back";
    } catch (NetgenException e) {
      note = why + "; the rollback failed: " + e.getMessage();
    }
    String end = note;
    store.locked(
        () -> {
          store.write(store.state().orElseThrow().with(PendingApply.Status.ROLLED_BACK, end));
          return null;
        });
    say(end);
  }

  private static List<ProbeTarget> probes(List<String> texts) {
    return texts.stream().map(ProbeTarget::parse).toList();
  }

  private Apply.Listener listener() {
    return new Apply.Listener() {
      @Override
      public void ran(Step step, StepRunner.Result result) {
        StepLines.ran(step, result).forEach(ConfirmWatch.this::say);
      }

      @Override
      public void wrote(WriteReport report) {
        report.lines().forEach(ConfirmWatch.this::say);
      }
    };
  }

  private void say(String line) {
    log.println(line);
    log.flush();
  }
}
