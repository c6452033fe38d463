package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.diff.DryRun;
import dev.netgen.render.FileSet;
import dev.netgen.text.Text;
import dev.netgen.write.Manifest;
import dev.netgen.write.TakeOverRefused;
import dev.netgen.write.TreeWriter;
import dev.netgen.write.WriteReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `netgen render`: write the distribution's files for the model. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Write the target distribution's files for a model, atomically, and print",
      "one line per file: created, updated, unchanged or removed, and its path.",
      "netgen replaces or removes only what /etc/netgen/manifest lists, and only while",
      "it holds what netgen wrote: something else where it would write stops the run",
      "(exit 1) unless adopted with --adopt; a file changed by hand is kept (exit 1)."
    },
    footerHeading = "%nStandard output (--stdout):%n",
    footer = {
      "  Each file, in path order, under a header line naming its absolute path:",
      "    ==> /etc/conf.d/net <==",
      "    ...the file's bytes, unchanged (every generated file ends with a newline)...",
      "  A symlink is the header line alone, with its target after ' -> ':",
      "    ==> /etc/init.d/net.br0 -> net.lo <==",
      "  Nothing else is printed: no blank lines between files, no modes.",
      "  /etc/netgen/manifest, the list of files netgen owns, is one of the files.",
      "",
      "Examples:",
      "  netgen render model.yaml --out /tmp/preview",
      "  netgen render model.yaml --out / --dry-run  # what would change on this host",
      "  netgen render model.yaml --target gentoo --stdout",
      "  netgen render model.yaml --out /            # the live system",
      "  netgen render model.yaml --out / --adopt /etc/dnsmasq.conf",
      "",
      "Exit codes:",
      "  0  written (or nothing to change)",
      "  1  lint errors, or a path in the way that is not netgen's (nothing written),",
      "     or an owned file changed by hand (kept; everything else written)",
      "  2  the model cannot be loaded, bad usage, or an I/O failure"
    })
public final class RenderCommand implements Callable<Integer> {
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

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  @Option(
      names = "--allow-output",
      paramLabel = "PATH",
      converter = NonEmptyPath.class,
      description = AllowedOutputs.DESCRIPTION)
  List<String> allowOutput = new ArrayList<>();

  @Option(
      names = "--force",
      description = "render even when lint finds errors (they are still printed on stderr)")
  boolean force;

  @Option(
      names = "--dry-run",
      description =
          "with --out: print the lines render would print (created, updated, unchanged, removed, ..., unowned), write nothing")
  boolean dryRun;

  @Option(
      names = "--adopt",
      paramLabel = "PATH",
      converter = NonEmptyPath.class,
      description =
          "take over what is at PATH (as on the host: /etc/dnsmasq.conf), or at every such path with 'all': the original moves to /etc/netgen/adopted/PATH and comes back when the model stops producing PATH or on uninstall (repeatable)")
  List<String> adopt = new ArrayList<>();

  /** Exactly one of --out DIR and --stdout. */
  static final class Destination {
    @Option(
        names = "--out",
        paramLabel = "DIR",
        converter = NonEmptyPath.class,
        description = "the output root (/ for the live system)")
    String out;

    @Option(
        names = "--stdout",
        description = "print every file under a header naming its path (format below)")
    boolean stdout;
  }

  public RenderCommand(Io io, TemplateStart templates) {
    this.io = io;
    this.templates = templates;
  }

  @Override
  public Integer call() {
    if (dryRun && destination.stdout) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "--dry-run compares with the files under --out DIR; it does not go with --stdout");
    }
    FileSet files =
        new ModelRender(
                io,
                templates,
                force,
                "not rendering a model with lint errors; fix them, or pass --force to render anyway")
            .render(model, target, allowOutput)
            .files();
    if (destination.stdout) {
      FileListing.print(Manifest.withManifest(files), io.out());
      return ExitCode.OK;
    }
    var writer = new TreeWriter(OutputRootPath.resolve(io, "--out", destination.out));
    var adoption = Adoptions.parse(adopt);
    if (dryRun) {
      var plan = writer.plan(files, adoption);
      plan.warnings().forEach(w -> io.err().println("netgen: warning: " + w));
      DryRun.report(plan).forEach(io.out()::println);
      io.out().flush();
      io.err().flush();
      return plan.blocked().isEmpty() && !plan.keepsChangedPaths()
          ? ExitCode.OK
          : ExitCode.FINDINGS;
    }
    WriteReport written;
    try {
      written = writer.write(files, adoption);
    } catch (TakeOverRefused refused) {
      throw new NetgenException(refused.exitCode(), refused.message(this::adoptingCommand));
    }
    report(written);
    return written.keptChanged() ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** This render's command line with an --adopt for each path, as the refusal prints it. */
  private String adoptingCommand(List<String> paths) {
    var words = new ArrayList<String>(List.of("netgen", "render", model));
    if (target != null) {
      words.addAll(List.of("--target", target));
    }
    words.addAll(List.of("--out", destination.out));
    if (force) {
      words.add("--force");
    }
    adopt.forEach(a -> words.addAll(List.of("--adopt", a)));
    paths.forEach(p -> words.addAll(List.of("--adopt", p)));
    return String.join(" ", words.stream().map(Text::forShellWord).toList());
  }

  /**
   * One line per path (created, updated, unchanged, removed, ...) on stdout; warnings on stderr.
   */
  private void report(WriteReport report) {
    report.lines().forEach(io.out()::println);
    report.warnings().forEach(w -> io.err().println("netgen: warning: " + w));
    if (report.keptChanged()) {
      io.err()
          .println(
              "netgen: kept the files changed by hand listed above; netgen diff shows how they differ;"
                  + " --adopt PATH keeps such a file under /etc/netgen/adopted/ and writes netgen's");
    }
    io.out().flush();
    io.err().flush();
  }
}
