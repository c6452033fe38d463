package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `netgen diff`: compare what render would write with the files under a root. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Show how the files under a root differ from what render would write. Writes nothing.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  netgen diff model.yaml                      # against the live system",
      "  netgen diff model.yaml --root /mnt/host --format json",
      "  netgen diff model.yaml --quiet || echo 'out of date'"
    })
public final class DiffCommand implements Callable<Integer> {
  /** Output formats of diff. */
  public enum Format {
    unified,
    json
  }

  private final Io io;

  @Parameters(paramLabel = "MODEL", description = "the model file, or - for standard input")
  String model;

  @Option(names = "--target", paramLabel = "DISTRO", description = "gentoo or debian (default: host.distro of the model)")
  String target;

  @Option(names = "--root", paramLabel = "DIR", description = "the tree to compare with (default: /)")
  String root = "/";

  @Option(names = "--quiet", description = "print nothing; the exit code says whether there are differences")
  boolean quiet;

  @Option(names = "--format", paramLabel = "FORMAT", description = "unified (default) or json")
  Format format = Format.unified;

  public DiffCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    throw new NetgenException(ExitCode.FAILURE, "diff is not available yet in this build (issue 7)");
  }
}
