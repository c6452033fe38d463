package dev.netgen.cli;

import dev.netgen.apply.Apply;
import dev.netgen.apply.ConfirmWatch;
import dev.netgen.apply.HostProber;
import dev.netgen.apply.Planners;
import dev.netgen.apply.ProcessStepRunner;
import dev.netgen.apply.RollbackStore;
import dev.netgen.check.Check;
import dev.netgen.check.CheckReport;
import dev.netgen.check.Status;
import dev.netgen.check.SystemProbe;
import dev.netgen.diag.ExitCode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The watcher of an apply with a confirm window (not for people: apply starts it, detached, see
 * {@link Watcher}): renders the store's copy of the model again, then acts, checks and waits as
 * {@link ConfirmWatch} says. Its standard output is the store's log.
 */
@Command(
    name = "apply-watcher",
    hidden = true,
    description = "The detached watcher of `netgen apply --confirm-within` (started by apply).")
public final class WatchCommand implements Callable<Integer> {
  private static final Path ROOT = Path.of("/");

  private final Io io;

  @Parameters(paramLabel = "MODEL", converter = NonEmptyPath.class)
  String model;

  @Option(names = "--target", paramLabel = "DISTRO")
  String target;

  @Option(names = "--adopt", paramLabel = "PATH", converter = NonEmptyPath.class)
  List<String> adopt = new ArrayList<>();

  @Option(names = "--allow-output", paramLabel = "PATH", converter = NonEmptyPath.class)
  List<String> allowOutput = new ArrayList<>();

  public WatchCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    // lint passed in the apply that started this watcher; it rendered the files the store holds
    var store = RollbackStore.under(ROOT);
    var loaded = io.sources().load(model, io.in(), AllowedOutputs.parse(allowOutput));
    var chosen = TargetChoice.of(target, loaded);
    var files = store.nextFiles();
    var runner = new ProcessStepRunner(ProcessStepRunner.DEFAULT_LIMIT);
    var apply = new Apply(ROOT, Planners.forTarget(chosen.id(), ROOT), runner);
    ConfirmWatch.HostCheck check =
        log -> {
          var facts = Check.run(loaded, chosen.id(), files, ROOT, new SystemProbe());
          CheckReport.failures(facts, log);
          return facts.stream().noneMatch(f -> f.status() == Status.FAIL);
        };
    var verdict =
        new ConfirmWatch(store, apply, check, new HostProber(runner), new SystemTime(), io.out())
            .run(files, Adoptions.parse(adopt), ProcessHandle.current().pid());
    return verdict == ConfirmWatch.Verdict.KEPT ? ExitCode.OK : ExitCode.FINDINGS;
  }

  /** The wall clock and a real pause. */
  private static final class SystemTime implements ConfirmWatch.Time {
    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public void pause(Duration length) throws InterruptedException {
      Thread.sleep(Math.max(1, length.toMillis()));
    }
  }
}
