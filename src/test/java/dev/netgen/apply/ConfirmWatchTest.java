package dev.netgen.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import dev.netgen.write.Adoption;
import dev.netgen.write.Manifest;
import dev.netgen.write.OutputRoot;
import dev.netgen.write.TreeWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on a plain folder, with a clock the test moves: the pause between two looks moves it
 * on, so no test sleeps. A planner that names each changed file stands for the target's.
 */
class ConfirmWatchTest {
  @TempDir Path root;

  private final List<String> ran = new ArrayList<>();
  private final StringWriter log = new StringWriter();
  private Instant now = Instant.parse("2026-12-06T21:00:00Z");
  private Runnable onPause = () -> {};

  private final StepPlanner perFile =
      transition ->
          new StepPlan(
              List.of(),
              transition.changes().stream()
                  .map(c -> Step.of("changed", "up", c.path().relative(), c.afterText().strip()))
                  .toList());

  private final ConfirmWatch.Time clock =
      new ConfirmWatch.Time() {
        @Override
        public Instant now() {
          return now;
        }

        @Override
        public void pause(Duration length) {
          now = now.plus(length);
          onPause.run();
        }
      };

  @Test
  void withoutAConfirmationThePreviousFilesComeBackAndAreAppliedAgain() throws IOException {
    write(files("old", "gone"));
    var store = start(files("new", null), List.of());

    var verdict = watch(store, files("new", null), ignored -> false);

    assertThat(verdict).isEqualTo(ConfirmWatch.Verdict.ROLLED_BACK);
    assertThat(read("etc/a")).isEqualTo("old\n");
    assertThat(read("etc/b")).isEqualTo("gone\n");
    assertThat(ran).containsExactly("up etc/a new", "up etc/b", "up etc/a old", "up etc/b gone");
    assertThat(store.state().orElseThrow().status()).isEqualTo(PendingApply.Status.ROLLED_BACK);
    assertThat(store.state().orElseThrow().note()).startsWith("no confirmation within 30 s");
    assertThat(now).isEqualTo(Instant.parse("2026-12-06T21:00:30Z"));
  }

  @Test
  void aConfirmationInsideTheWindowKeepsTheChange() throws IOException {
    write(files("old", null));
    var store = start(files("new", null), List.of());
    onPause = () -> confirmAt(store, Instant.parse("2026-12-06T21:00:10Z"));

    var verdict = watch(store, files("new", null), ignored -> false);

    assertThat(verdict).isEqualTo(ConfirmWatch.Verdict.KEPT);
    assertThat(read("etc/a")).isEqualTo("new\n");
    assertThat(store.state().orElseThrow().status()).isEqualTo(PendingApply.Status.KEPT);
    assertThat(now).isBefore(Instant.parse("2026-12-06T21:00:12Z"));
  }

  @Test
  void everyProbeAnsweringKeepsTheChangeAndOneSilentProbeDoesNot() throws IOException {
    write(files("old", null));
    var store = start(files("new", null), List.of("192.0.2.1", "192.0.2.2:22"));
    assertThat(watch(store, files("new", null), t -> true)).isEqualTo(ConfirmWatch.Verdict.KEPT);
    assertThat(store.state().orElseThrow().note()).isEqualTo("every probe answered");

    write(files("old", null));
    store = start(files("new", null), List.of("192.0.2.1", "192.0.2.2:22"));
    var verdict = watch(store, files("new", null), t -> t instanceof ProbeTarget.Icmp);
    assertThat(verdict).isEqualTo(ConfirmWatch.Verdict.ROLLED_BACK);
    assertThat(read("etc/a")).isEqualTo("old\n");
  }

  @Test
  void aFailingCheckRollsBackAtOnce() throws IOException {
    write(files("old", null));
    var store = start(files("new", null), List.of());

    var verdict =
        new ConfirmWatch(
                store,
                new Apply(root, perFile, recorder()),
                l -> false,
                t -> true,
                clock,
                new PrintWriter(log))
            .run(files("new", null), Adoption.NONE, 42);

    assertThat(verdict).isEqualTo(ConfirmWatch.Verdict.ROLLED_BACK);
    assertThat(read("etc/a")).isEqualTo("old\n");
    assertThat(now).isEqualTo(Instant.parse("2026-12-06T21:00:00Z"));
    assertThat(store.state().orElseThrow().note()).startsWith("the check of the host failed");
    assertThat(store.state().orElseThrow().watcher()).isEqualTo(42);
  }

  @Test
  void aFirstApplyRollsBackToNothing() throws IOException {
    var store = start(files("new", null), List.of());

    watch(store, files("new", null), ignored -> false);

    assertThat(Files.exists(root.resolve("etc/a"), LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void theStoreIsRootsAloneAndKeepsModesAndTheManifest() throws IOException {
    write(files("old", null));
    var manifestBefore = Files.readAllBytes(root.resolve(Manifest.PATH.relative()));
    var store = start(files("new", null), List.of());

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder())))
        .isEqualTo("rwx------");
    assertThat(Files.readAllBytes(store.folder().resolve("previous-manifest")))
        .isEqualTo(manifestBefore);
    assertThat(store.previousFiles().files()).containsExactly(regular("etc/a", "old", 0640));
    assertThat(store.previousAdoption()).isEqualTo(new Adoption(java.util.Set.of(), false));
  }

  private ConfirmWatch.Verdict watch(
      RollbackStore store, FileSet files, ConfirmWatch.Prober prober) {
    return new ConfirmWatch(
            store,
            new Apply(root, perFile, recorder()),
            l -> true,
            prober,
            clock,
            new PrintWriter(log))
        .run(files, Adoption.NONE, 42);
  }

  private void confirmAt(RollbackStore store, Instant at) {
    if (!now.isBefore(at)) {
      store.locked(
          () -> {
            var state = store.state().orElseThrow();
            if (state.status() == PendingApply.Status.WAITING) {
              store.write(state.with(PendingApply.Status.CONFIRMED, ""));
            }
            return null;
          });
    }
  }

  /** Keeps what the write of files would change, as apply does before it starts the watcher. */
  private RollbackStore start(FileSet files, List<String> probes) throws IOException {
    var store = RollbackStore.under(root);
    var preview = new Apply(root, perFile, recorder()).preview(files, Adoption.NONE);
    Path manifest = root.resolve(Manifest.PATH.relative());
    var state =
        new PendingApply(
            "model.yaml",
            "debian",
            List.of(),
            now,
            Duration.ofSeconds(30),
            Optional.empty(),
            probes,
            0,
            PendingApply.Status.ACTING,
            "");
    store.keep(
        preview.transition(),
        Files.exists(manifest) ? Optional.of(Files.readAllBytes(manifest)) : Optional.empty(),
        "model".getBytes(StandardCharsets.UTF_8),
        files,
        state);
    ran.clear();
    return store;
  }

  private StepRunner recorder() {
    return step -> {
      ran.add(String.join(" ", step.command()).strip());
      return new StepRunner.Result(0, "");
    };
  }

  private void write(FileSet files) {
    new TreeWriter(root).write(files);
    assertThat(OutputRoot.forReading(root).given()).isEqualTo(root);
  }

  private String read(String relative) throws IOException {
    return Files.readString(root.resolve(relative));
  }

  private static FileSet files(String a, String b) {
    var set = new FileSet().add(regular("etc/a", a, 0640));
    if (b != null) {
      set.add(regular("etc/b", b, 0644));
    }
    return set;
  }

  private static RenderedFile regular(String path, String text, int mode) {
    return new RenderedFile.Regular(
        OutputPath.of(path), (text + "\n").getBytes(StandardCharsets.UTF_8), mode);
  }
}
