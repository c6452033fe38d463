package dev.netgen.cli;

import dev.netgen.diff.DiffFormat;
import dev.netgen.diff.JsonFormat;
import dev.netgen.diff.NetLocalOverrides;
import dev.netgen.diff.TreeComparer;
import dev.netgen.diff.UnifiedFormat;
import dev.netgen.model.Model;
import dev.netgen.model.OutputKey;
import dev.netgen.model.OutputPath;
import dev.netgen.render.FileSet;
import dev.netgen.render.OutputLayout;
import dev.netgen.render.Renderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `netgen diff`: compare what render would write with the files under a root. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Show how the files under a root differ from what render would write. Writes nothing.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every file is as render would write it",
      "  1  differences (--quiet: print nothing, only say so by the exit code)",
      "  2  the model cannot be loaded, the root cannot be read, or bad usage",
      "",
      "Examples:",
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
      names = "--root",
      paramLabel = "DIR",
      converter = NonEmptyPath.class,
      description = "the tree to compare with (default: /)")
  String root = "/";

  @Option(
      names = "--allow-output",
      paramLabel = "PATH",
      converter = NonEmptyPath.class,
      description = AllowedOutputs.DESCRIPTION)
  List<String> allowOutput = new ArrayList<>();

  @Option(
      names = "--quiet",
      description = "print nothing; the exit code says whether there are differences")
  boolean quiet;

  @Option(names = "--format", paramLabel = "FORMAT", description = "unified (default) or json")
  Format format = Format.unified;

  /** Where this model's conf.d/net goes, for the net.local check; set by render(). */
  private OutputPath netFile;

  public DiffCommand(Io io, TemplateStart templates) {
    this.io = io;
    this.templates = templates;
  }

  @Override
  public Integer call() {
    var rendered = render();
    var rootDir = OutputRootPath.resolve(io, "--root", root);
    var comparison = TreeComparer.compare(rendered, rootDir);
    if (!quiet) {
      comparison.warnings().forEach(w -> io.err().println("netgen: warning: " + w));
      // The admin's net.local is not netgen's file: it warns, and never changes the exit code.
      NetLocalOverrides.warnings(rendered, netFile, rootDir)
          .forEach(w -> io.err().println("netgen: warning: " + w));
      io.err().flush();
      formatter().print(comparison, io.out());
    }
    return comparison.exitCode();
  }

  /**
   * The model rendered in memory for --target (default host.distro), without its manifest (the
   * comparison adds it, as the writer does). Not linted: diff reports what render --force would
   * change; render itself refuses a model with errors. FreeMarker starts while the model loads
   * (TemplateStart), as in render, since on a cold JVM each takes a few hundred milliseconds.
   */
  private FileSet render() {
    var engine = templates.engine();
    Model loaded = io.sources().load(model, io.in(), AllowedOutputs.parse(allowOutput));
    netFile = new OutputLayout(loaded).path(OutputKey.NET);
    var chosen = TargetChoice.of(target, loaded);
    return new Renderer(engine.join()).render(loaded, chosen);
  }

  private DiffFormat formatter() {
    return switch (format) {
      case unified -> new UnifiedFormat();
      case json -> new JsonFormat();
    };
  }
}
