package dev.netgen.cli;

import dev.netgen.check.Check;
import dev.netgen.check.CheckReport;
import dev.netgen.check.Fact;
import dev.netgen.check.Probe;
import dev.netgen.check.Status;
import dev.netgen.check.SystemProbe;
import dev.netgen.diag.ExitCode;
import dev.netgen.model.Model;
import dev.netgen.render.Renderer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `netgen check`: the running host against the model, read only (docs/check.md). */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check the running host against the model: devices, addresses, bridges, taps, routes, forwarding,"
            + " firewall chains, DHCP, the rendered files, and what else on the host breaks them. Changes nothing.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  nothing fails (warnings too, with --fail-on warning)",
      "  1  a fact fails (or warns, with --fail-on warning)",
      "  2  the model cannot be loaded, the host cannot be read (ip missing), or bad usage",
      "",
      "Facts that need root are skipped, with the reason, when run as another user.",
      "",
      "Examples:",
      "  netgen check /etc/netgen/model.yaml",
      "  netgen check model.yaml --format json",
      "  netgen check model.yaml --fail-on warning >/dev/null || echo 'host differs from the model'"
    })
public final class CheckCommand implements Callable<Integer> {
  /** Output formats of check. */
  public enum Format {
    text,
    json
  }

  /** The lowest status that makes the exit code 1. */
  public enum FailOn {
    error,
    warning
  }

  private final Io io;
  private final TemplateStart templates;
  private final Probe probe;

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

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.text;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "error (default) or warning: the lowest that exits 1")
  FailOn failOn = FailOn.error;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      converter = NonEmptyPath.class,
      description = "where the rendered files are compared (default: /)")
  String root = "/";

  public CheckCommand(Io io, TemplateStart templates) {
    this(io, templates, new SystemProbe());
  }

  /** With another way of reading the host (tests). */
  CheckCommand(Io io, TemplateStart templates, Probe probe) {
    this.io = io;
    this.templates = templates;
    this.probe = probe;
  }

  @Override
  public Integer call() {
    var engine = templates.engine();
    Model loaded = io.sources().load(model, io.in());
    var chosen = TargetChoice.of(target, loaded);
    var rendered = new Renderer(engine.join()).render(loaded, chosen);
    List<Fact> facts =
        Check.run(loaded, chosen.id(), rendered, OutputRootPath.resolve(io, "--root", root), probe);
    switch (format) {
      case text -> CheckReport.text(facts, io.out());
      case json -> CheckReport.json(facts, io.out());
    }
    var counts = CheckReport.counts(facts);
    boolean failed =
        counts.get(Status.FAIL) > 0 || (failOn == FailOn.warning && counts.get(Status.WARN) > 0);
    return failed ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
