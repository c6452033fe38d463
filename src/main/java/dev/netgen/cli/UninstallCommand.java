package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diff.DryRun;
import dev.netgen.write.Uninstaller;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `netgen uninstall`: remove what netgen owns under a root and put back what it adopted. */
@Command(
    name = "uninstall",
    mixinStandardHelpOptions = true,
    description = {
      "Remove every file and link netgen owns (per /etc/netgen/manifest) that still holds",
      "what netgen wrote, put every adopted original back from /etc/netgen/adopted/ (mode,",
      "owner and times as they were), then the manifest and the empty folders netgen made.",
      "A file changed by hand is kept and reported. Stops no service and changes nothing",
      "on the running host: the files go, the network stays as it is until a restart."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done: everything netgen owned is gone or back as it was (or nothing to do)",
      "  1  some owned paths were changed by hand and are kept (listed as 'kept, changed by hand:')",
      "  2  bad usage, the root cannot be read, or an I/O failure",
      "",
      "Examples:",
      "  netgen uninstall --dry-run          # what would go and come back on this host",
      "  netgen uninstall",
      "  netgen uninstall --root /mnt/host"
    })
public final class UninstallCommand implements Callable<Integer> {
  private final Io io;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      converter = NonEmptyPath.class,
      description = "the tree netgen rendered into (default: /)")
  String root = "/";

  @Option(names = "--dry-run", description = "print what uninstall would do, change nothing")
  boolean dryRun;

  public UninstallCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    var uninstaller = new Uninstaller(OutputRootPath.resolve(io, "--root", root));
    var report = dryRun ? uninstaller.dryRun() : uninstaller.run();
    report.warnings().forEach(w -> io.err().println("netgen: warning: " + w));
    report.lines().forEach(io.out()::println);
    if (!report.hadManifest()) {
      io.err()
          .println(
              "netgen: nothing to uninstall under " + root + ": there is no /etc/netgen/manifest");
    }
    if (dryRun) {
      io.out().println(DryRun.NOTHING_WRITTEN);
    }
    if (report.keptChanged()) {
      io.err()
          .println(
              "netgen: kept the files changed by hand listed above; remove them, or put back what netgen wrote,"
                  + " and run uninstall again if an adopted original is waiting for one of them");
    }
    io.out().flush();
    io.err().flush();
    return report.keptChanged() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
