package dev.netgen.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.RenderedFile;
import dev.netgen.write.Adoption;
import dev.netgen.write.TakeOverRefused;
import dev.netgen.write.WriteReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply engine on a plain folder: which file changes a planner is shown, and that the steps
 * before the write see the old files and those after it the new ones.
 */
class ApplyTest {
  @TempDir Path root;

  private final List<String> log = new ArrayList<>();

  /** Runs nothing: writes down each command and what the config file held when it "ran". */
  private final StepRunner recorder =
      step -> {
        log.add(step.commandLine() + " saw " + config());
        return new StepRunner.Result(0, "");
      };

  /** One step before the write for each file that changes, one after. */
  private final StepPlanner perFile =
      transition ->
          new StepPlan(
              transition.changes().stream()
                  .map(c -> Step.of("old " + c.path().relative(), "down", c.beforeText().strip()))
                  .toList(),
              transition.changes().stream()
                  .map(c -> Step.of("new " + c.path().relative(), "up", c.afterText().strip()))
                  .toList());

  private final Apply.Listener quiet =
      new Apply.Listener() {
        @Override
        public void ran(Step step, StepRunner.Result result) {}

        @Override
        public void wrote(WriteReport report) {}
      };

  @Test
  void stepsBeforeTheWriteSeeTheOldFilesAndStepsAfterItTheNew() {
    var apply = new Apply(root, perFile, recorder);
    apply.run(files("a"), Adoption.NONE, quiet);
    log.clear();

    var report = apply.run(files("b"), Adoption.NONE, quiet);

    assertThat(log).containsExactly("down a saw a", "up b saw b");
    assertThat(report.anyStepFailed()).isFalse();
  }

  @Test
  void aFileThatDoesNotChangeIsNotShownToThePlanner() {
    var apply = new Apply(root, perFile, recorder);
    apply.run(files("a"), Adoption.NONE, quiet);
    log.clear();

    var preview = apply.preview(files("a"), Adoption.NONE);

    assertThat(preview.transition().isEmpty()).isTrue();
    assertThat(preview.steps().isEmpty()).isTrue();
  }

  @Test
  void theFirstApplySeesNothingBefore() {
    var preview = new Apply(root, perFile, recorder).preview(files("a"), Adoption.NONE);

    var change = preview.transition().at("etc/net.conf").orElseThrow();
    assertThat(change.before()).isEmpty();
    assertThat(change.afterText()).isEqualTo("a\n");
  }

  @Test
  void anAdoptedOriginalIsTheBeforeOfItsPath() throws IOException {
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/net.conf"), "admin\n");

    var preview =
        new Apply(root, perFile, recorder)
            .preview(
                files("a"), new Adoption(java.util.Set.of(OutputPath.of("etc/net.conf")), false));

    assertThat(preview.transition().at("etc/net.conf").orElseThrow().beforeText())
        .isEqualTo("admin\n");
  }

  @Test
  void noStepRunsWhenTheWriteIsRefused() throws IOException {
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/net.conf"), "admin\n");

    assertThatThrownBy(
            () -> new Apply(root, perFile, recorder).run(files("a"), Adoption.NONE, quiet))
        .isInstanceOf(TakeOverRefused.class);
    assertThat(log).isEmpty();
    assertThat(config()).isEqualTo("admin");
  }

  @Test
  void aFailingStepIsReportedAndTheApplyGoesOn() {
    StepRunner failsDown =
        step -> new StepRunner.Result(step.command().get(0).equals("down") ? 1 : 0, "");
    var apply = new Apply(root, perFile, failsDown);
    apply.run(files("a"), Adoption.NONE, quiet);

    var report = apply.run(files("b"), Adoption.NONE, quiet);

    assertThat(report.anyStepFailed()).isTrue();
    assertThat(report.outcomes()).hasSize(2);
    assertThat(config()).isEqualTo("b");
  }

  @Test
  void theRealRunnerGivesStatusAndOutputAnd127ForAMissingCommand() {
    var runner = new ProcessStepRunner(ProcessStepRunner.DEFAULT_LIMIT);

    assertThat(runner.run(Step.of("test", "sh", "-c", "echo out; echo err >&2; exit 3")))
        .isEqualTo(new StepRunner.Result(3, "out\nerr"));
    assertThat(runner.run(Step.of("test", "/nonexistent/netgen-step")).exitCode()).isEqualTo(127);
  }

  private static FileSet files(String content) {
    var set = new FileSet();
    set.add(
        new RenderedFile.Regular(
            OutputPath.of("etc/net.conf"),
            (content + "\n").getBytes(StandardCharsets.UTF_8),
            0644));
    return set;
  }

  private String config() {
    try {
      var path = root.resolve("etc/net.conf");
      return Files.exists(path) ? Files.readString(path).strip() : "(none)";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
