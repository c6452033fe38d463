package dev.netgen.cli;

import dev.netgen.apply.Apply;
import dev.netgen.apply.Planners;
import dev.netgen.apply.ProcessStepRunner;
import dev.netgen.apply.Step;
import dev.netgen.apply.StepLines;
import dev.netgen.apply.StepRunner;
import dev.netgen.check.Check;
import dev.netgen.check.CheckReport;
import dev.netgen.check.Status;
import dev.netgen.check.SystemProbe;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.render.FileSet;
import dev.netgen.text.Text;
import dev.netgen.write.Adoption;
import dev.netgen.write.TakeOverRefused;
import dev.netgen.write.WriteReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `netgen apply`: render to / and bring the running host along (docs/apply.md). */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Write the model's files to / as render --out / does (the same lint gate and",
      "ownership guard), then bring the running host along, acting on what changed",
      "only: devices whose configuration changed go down before the write and come",
      "up after it, netgen's sysctl file is loaded, its dnsmasq restarted, its",
      "firewall scripts started for changed bridges and stopped for removed ones.",
      "Prints one line per step with its result, a summary, then netgen check's",
      "failures."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  applied, every step ran and check finds nothing failing",
      "  1  lint errors or a path in the way (nothing done), a step failed, an owned",
      "     file changed by hand (kept), or check fails after the steps",
      "  2  the model cannot be loaded, bad usage, not root, or an I/O failure",
      "",
      "Examples:",
      "  netgen apply /etc/netgen/model.yaml --dry-run   # the files and the steps, in order",
      "  netgen apply /etc/netgen/model.yaml",
      "  netgen apply model.yaml --adopt /etc/network/interfaces"
    })
public final class ApplyCommand implements Callable<Integer> {
  private static final Path ROOT = Path.of("/");

  private final Io io;
  private final TemplateStart templates;

  @Parameters(
      paramLabel = "MODEL",
      converter = NonEmptyPath.class,
      description = "the model file, or - for standard input")
  String model;

  @Option(
      names = "--target",
      paramLabel = "DISTRO",
      description = "gentoo or debian (default: host.distro of the model)")
  String target;

  @Option(
      names = "--allow-output",
      paramLabel = "PATH",
      converter = NonEmptyPath.class,
      description = AllowedOutputs.DESCRIPTION)
  List<String> allowOutput = new ArrayList<>();

  @Option(
      names = "--dry-run",
      description = "print the files that would change and the steps, in order; change nothing")
  boolean dryRun;

  @Option(
      names = "--adopt",
      paramLabel = "PATH",
      converter = NonEmptyPath.class,
      description = "take over what is at PATH, as render --adopt does (repeatable)")
  List<String> adopt = new ArrayList<>();

  @Mixin ConfirmOptions confirm = new ConfirmOptions();

  public ApplyCommand(Io io, TemplateStart templates) {
    this.io = io;
    this.templates = templates;
  }

  @Override
  public Integer call() {
    var rendered =
        new ModelRender(
                io, templates, false, "not applying a model with lint errors; fix them first")
            .render(model, target, allowOutput);
    var apply =
        new Apply(
            ROOT,
            Planners.forTarget(rendered.target().id(), ROOT),
            new ProcessStepRunner(ProcessStepRunner.DEFAULT_LIMIT));
    var adoption = Adoptions.parse(adopt);
    if (dryRun) {
      return preview(apply, adoption, rendered.files());
    }
    if (!Privilege.isRoot()) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "apply changes the running host: run it as root (--dry-run shows what it would do, as anyone)");
    }
    var request = new Watcher.Request(model, target, adopt, allowOutput);
    var watched = confirm.act(io, ROOT, request, apply, adoption, rendered.files());
    if (watched.isPresent()) {
      return watched.get();
    }
    var report = act(apply, adoption, rendered.files());
    io.out().println(StepLines.summary(report));
    var facts =
        Check.run(
            rendered.model(), rendered.target().id(), rendered.files(), ROOT, new SystemProbe());
    CheckReport.failures(facts, io.out());
    io.out().flush();
    boolean failed =
        report.anyStepFailed()
            || report.written().keptChanged()
            || facts.stream().anyMatch(f -> f.status() == Status.FAIL);
    return failed ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private int preview(Apply apply, Adoption adoption, FileSet files) {
    var preview = apply.preview(files, adoption);
    var plan = preview.write();
    plan.warnings().forEach(w -> io.err().println("netgen: warning: " + w));
    plan.report().lines().forEach(io.out()::println);
    if (plan.blocked().isEmpty()) {
      StepLines.preview(preview.steps()).forEach(io.out()::println);
    } else {
      // apply stops at the ownership guard before its first step: listing steps would
      // describe a run that cannot happen.
      io.out()
          .println(
              "would stop here, before any step: "
                  + plan.blocked().size()
                  + (plan.blocked().size() == 1 ? " path above is" : " paths above are")
                  + " not netgen's (unowned); adopt with --adopt PATH or move it away");
    }
    io.out().println("dry run: nothing was written or run");
    io.out().flush();
    io.err().flush();
    return plan.blocked().isEmpty() && !plan.keepsChangedPaths() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  /** The steps and the write, each line printed as it happens. */
  private Apply.Report act(Apply apply, Adoption adoption, FileSet files) {
    try {
      return apply.run(
          files,
          adoption,
          new Apply.Listener() {
            @Override
            public void ran(Step step, StepRunner.Result result) {
              StepLines.ran(step, result).forEach(io.out()::println);
              io.out().flush();
            }

            @Override
            public void wrote(WriteReport report) {
              report.lines().forEach(io.out()::println);
              report.warnings().forEach(w -> io.err().println("netgen: warning: " + w));
              io.out().flush();
            }
          });
    } catch (TakeOverRefused refused) {
      throw new NetgenException(refused.exitCode(), refused.message(this::adoptingCommand));
    }
  }

  /** This apply's command line with an --adopt for each path, as the refusal prints it. */
  private String adoptingCommand(List<String> paths) {
    var words = new ArrayList<String>(List.of("netgen", "apply", model));
    if (target != null) {
      words.addAll(List.of("--target", target));
    }
    adopt.forEach(a -> words.addAll(List.of("--adopt", a)));
    paths.forEach(p -> words.addAll(List.of("--adopt", p)));
    return String.join(" ", words.stream().map(Text::forShellWord).toList());
  }
}
