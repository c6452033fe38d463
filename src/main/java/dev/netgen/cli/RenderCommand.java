package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `netgen render`: write the distribution's files for the model. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Write the target distribution's files for a model, atomically, and report each file.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  netgen render model.yaml --out /tmp/preview",
      "  netgen render model.yaml --target debian --stdout",
      "  netgen render model.yaml --out /            # the live system"
    })
public final class RenderCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(paramLabel = "MODEL", description = "the model file, or - for standard input")
  String model;

  @Option(names = "--target", paramLabel = "DISTRO", description = "gentoo or debian (default: host.distro of the model)")
  String target;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  @Option(names = "--force", description = "write even when lint finds errors")
  boolean force;

  @Option(names = "--dry-run", description = "say what would be created, updated or removed, and write nothing")
  boolean dryRun;

  /** Exactly one of --out DIR and --stdout. */
  static final class Destination {
    @Option(names = "--out", paramLabel = "DIR", description = "the output root (/ for the live system)")
    String out;

    @Option(names = "--stdout", description = "print every file under a header naming its path")
    boolean stdout;
  }

  public RenderCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    throw new NetgenException(ExitCode.FAILURE, "render is not available yet in this build (issue 5)");
  }
}
