package dev.netgen.apply;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.LongPredicate;

/**
 * What the store's state means for the next command: a second apply is refused while one waits
 * (exit 2, naming it and how to end the wait), and {@code netgen confirm} keeps a waiting apply.
 * Both are decided under the store's lock.
 */
public final class Pending {
  /** What confirm did: its exit code and the line it prints. */
  public record Confirmed(int exitCode, String message) {}

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** How long a watcher may take to start before its apply counts as abandoned. */
  static final java.time.Duration STARTING = java.time.Duration.ofMinutes(2);

  /** What confirm says where no apply with a window ever ran. */
  public static final Confirmed NOTHING =
      new Confirmed(ExitCode.FAILURE, "nothing to confirm: no apply is waiting");

  private final RollbackStore store;
  private final LongPredicate alive;

  /** alive says whether a process id still runs (a test gives its own answer). */
  public Pending(RollbackStore store, LongPredicate alive) {
    this.store = store;
    this.alive = alive;
  }

  /** Exit 2 when an earlier apply is not finished; nothing otherwise. Call under the lock. */
  public void refuseWhileWaiting() {
    var state = store.state();
    if (state.isEmpty() || !state.get().status().open()) {
      return;
    }
    var s = state.get();
    String what =
        "an apply of "
            + s.model()
            + " (started "
            + CLOCK.format(s.started())
            + ") "
            + switch (s.status()) {
              case ROLLING_BACK -> "is rolling back";
              default ->
                  "is waiting for a confirmation"
                      + s.deadline().map(d -> " until " + CLOCK.format(d)).orElse("");
            };
    String how =
        !watcherAlive(s)
            ? "its watcher (pid "
                + s.watcher()
                + ") is gone: `netgen confirm` keeps what it applied"
            : s.status() == PendingApply.Status.ROLLING_BACK
                ? "wait for it to finish"
                : "run `netgen confirm` to keep it, or wait for it to roll back";
    throw new NetgenException(ExitCode.FAILURE, what + "; " + how);
  }

  /**
   * Marks the waiting apply confirmed. Exit 0 when it was waiting (or acting: it is kept once its
   * check passes), or when its watcher is gone (its files are the live ones: confirming keeps
   * them); exit 1 when it was rolled back (too late: the change is gone); exit 2 when nothing
   * waits.
   */
  public Confirmed confirm() {
    var state = store.state();
    if (state.isEmpty()) {
      return NOTHING;
    }
    var s = state.get();
    return switch (s.status()) {
      case ACTING, WAITING -> {
        if (!watcherAlive(s)) {
          store.write(s.with(PendingApply.Status.KEPT, "confirmed after its watcher was gone"));
          yield new Confirmed(
              ExitCode.OK, "kept: the apply of " + s.model() + " (its watcher was gone)");
        }
        store.write(s.with(PendingApply.Status.CONFIRMED, ""));
        yield new Confirmed(ExitCode.OK, "confirmed: the apply of " + s.model() + " is kept");
      }
      case CONFIRMED -> new Confirmed(ExitCode.OK, "already confirmed: the apply of " + s.model());
      case KEPT ->
          new Confirmed(
              ExitCode.FAILURE,
              "nothing to confirm: no apply is waiting (the last one, of "
                  + s.model()
                  + ", was kept: "
                  + s.note()
                  + ")");
      case ROLLING_BACK, ROLLED_BACK ->
          new Confirmed(
              ExitCode.FINDINGS,
              "too late: the apply of " + s.model() + " was rolled back (" + s.note() + ")");
    };
  }

  /**
   * A watcher that has not written its pid yet counts as alive for a while: it is starting (a JVM
   * on a loaded host takes seconds).
   */
  private boolean watcherAlive(PendingApply s) {
    if (s.watcher() == 0) {
      return java.time.Instant.now().isBefore(s.started().plus(STARTING));
    }
    return alive.test(s.watcher());
  }
}
