package dev.netgen.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netgen.diag.NetgenException;
import dev.netgen.render.FileSet;
import dev.netgen.write.Adoption;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a second apply and `netgen confirm` make of the state a waiting apply left. */
class PendingTest {
  @TempDir java.nio.file.Path root;

  private boolean watcherRuns = true;

  @Test
  void aSecondApplyIsRefusedWhileOneWaitsNamingItAndHowToConfirm() {
    var store = waiting(PendingApply.Status.WAITING);

    assertThatThrownBy(() -> pending(store).refuseWhileWaiting())
        .isInstanceOf(NetgenException.class)
        .hasMessage(
            "an apply of /etc/netgen/model.yaml (started 2026-12-06 21:00:00 UTC) is waiting for a"
                + " confirmation until 2026-12-06 21:02:00 UTC; run `netgen confirm` to keep it,"
                + " or wait for it to roll back")
        .satisfies(e -> assertThat(((NetgenException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void aFinishedApplyRefusesNothing() {
    pending(waiting(PendingApply.Status.ROLLED_BACK)).refuseWhileWaiting();
    pending(waiting(PendingApply.Status.KEPT)).refuseWhileWaiting();
  }

  @Test
  void confirmMarksAWaitingApplyConfirmed() {
    var store = waiting(PendingApply.Status.WAITING);

    var confirmed = pending(store).confirm();

    assertThat(confirmed.exitCode()).isZero();
    assertThat(store.state().orElseThrow().status()).isEqualTo(PendingApply.Status.CONFIRMED);
  }

  @Test
  void confirmKeepsTheFilesOfAnApplyWhoseWatcherIsGone() {
    var store = waiting(PendingApply.Status.WAITING);
    watcherRuns = false;

    assertThatThrownBy(() -> pending(store).refuseWhileWaiting())
        .hasMessageEndingWith(
            "its watcher (pid 4242) is gone: `netgen confirm` keeps what it applied");
    assertThat(pending(store).confirm().exitCode()).isZero();
    assertThat(store.state().orElseThrow().status()).isEqualTo(PendingApply.Status.KEPT);
  }

  @Test
  void confirmAfterARollbackIsTooLateAndWithNothingWaitingCannotRun() {
    assertThat(pending(waiting(PendingApply.Status.ROLLED_BACK)).confirm())
        .isEqualTo(
            new Pending.Confirmed(
                1, "too late: the apply of /etc/netgen/model.yaml was rolled back (why)"));
    assertThat(pending(waiting(PendingApply.Status.KEPT)).confirm().exitCode()).isEqualTo(2);
    assertThat(pending(RollbackStore.under(root.resolve("empty"))).confirm())
        .isEqualTo(Pending.NOTHING);
  }

  private Pending pending(RollbackStore store) {
    return new Pending(store, pid -> watcherRuns);
  }

  private RollbackStore waiting(PendingApply.Status status) {
    var store = RollbackStore.under(root);
    var started = Instant.parse("2026-12-06T21:00:00Z");
    store.keep(
        new Apply(root, t -> StepPlan.NONE, s -> null)
            .preview(new FileSet(), Adoption.NONE)
            .transition(),
        Optional.empty(),
        "m".getBytes(StandardCharsets.UTF_8),
        new FileSet(),
        new PendingApply(
            "/etc/netgen/model.yaml",
            "debian",
            List.of(),
            started,
            Duration.ofMinutes(2),
            Optional.of(started.plusSeconds(120)),
            List.of(),
            4242,
            status,
            "why"));
    return store;
  }
}
