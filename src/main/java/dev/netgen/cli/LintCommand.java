package dev.netgen.cli;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.diag.Severity;
import dev.netgen.lint.Linter;
import dev.netgen.lint.Rule;
import dev.netgen.lint.rules.RuleRegistry;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `netgen lint`: load the model and report what is wrong with it. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Check a model: YAML and types first, then every lint rule (see `netgen rules`).",
      "Given several models, also check the hosts that share a LAN against each other."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  netgen lint model.yaml",
      "  netgen lint model.yaml --format sarif > netgen.sarif",
      "  netgen lint model.yaml --fail-on warning --disable unused-tap",
      "  netgen lint model.yaml --target debian",
      "  netgen lint hosts/*.yaml                          # and across hosts on one LAN",
      "  generate-model | netgen lint -"
    })
public final class LintCommand implements Callable<Integer> {
  /** Output formats of lint. */
  public enum Format {
    text,
    json,
    sarif
  }

  /** The least severity that makes lint exit 1. */
  public enum FailOn {
    error(Severity.ERROR),
    warning(Severity.WARNING);

    final Severity severity;

    FailOn(Severity severity) {
      this.severity = severity;
    }
  }

  private final Io io;

  @Parameters(
      paramLabel = "MODEL",
      arity = "1..*",
      converter = NonEmptyPath.class,
      description = "the model file, or - for standard input; several for a fleet")
  List<String> models = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or sarif")
  Format format = Format.text;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "exit 1 on findings of this severity or worse: error (default) or warning")
  FailOn failOn = FailOn.error;

  @Option(
      names = "--target",
      paramLabel = "TARGET",
      description =
          "lint for this target (gentoo or debian) where their tools differ; default: host.distro,"
              + " else both")
  String target;

  @Option(
      names = "--allow-output",
      paramLabel = "PATH",
      converter = NonEmptyPath.class,
      description = AllowedOutputs.DESCRIPTION)
  List<String> allowOutput = new ArrayList<>();

  @Option(
      names = "--disable",
      paramLabel = "RULE",
      description =
          "skip this rule (repeatable), safety rules included, and say so on stderr; adds to the model's lint.disable")
  List<String> disable = new ArrayList<>();

  public LintCommand(Io io) {
    this.io = io;
  }

  /**
   * The command line may switch off any rule, a safety rule too (the person running netgen is
   * trusted, the model is not), but never silently: a log of the run shows what was not checked.
   */
  private void sayWhatIsOff(Linter linter) {
    for (String id : new LinkedHashSet<>(disable)) {
      Rule rule = linter.find(id).orElseThrow();
      String what =
          rule.kind() == Rule.Kind.SAFETY
              ? "a safety rule: the generated files may not mean to their tools what the model says"
              : "an advice rule";
      io.err().println("netgen: --disable " + id + ": not checking " + id + ", " + what);
    }
    io.err().flush();
  }

  @Override
  public Integer call() {
    var linter = RuleRegistry.linter();
    for (String id : disable) {
      if (linter.find(id).isEmpty()) {
        throw RulesCommand.unknown(id);
      }
    }
    sayWhatIsOff(linter);
    if (models.size() == 1) {
      var loaded =
          forTarget(io.sources().load(models.get(0), io.in(), AllowedOutputs.parse(allowOutput)));
      return report(List.of(loaded.source()), linter.lint(loaded, disable), ExitCode.OK);
    }
    var names = models.stream().map(ModelLoader::nameOf).toList();
    if (new HashSet<>(names).size() < names.size()) {
      throw new NetgenException(
          ExitCode.FAILURE, "a model is named twice: give each host's model once");
    }
    // loaded on every core: parsing is most of a fleet lint; the order stays the arguments'
    List<Loaded> results = models.parallelStream().map(this::load).toList();
    var loaded = new ArrayList<Model>(models.size());
    int exit = ExitCode.OK;
    for (Loaded result : results) {
      if (result.failure() == null) {
        loaded.add(result.model());
      } else {
        DiagnosticPrinter.print(result.failure(), io); // the others are still linted
        exit = ExitCode.FAILURE;
      }
    }
    return report(names, linter.lint(loaded, disable), exit);
  }

  /** The model as lint sees it for --target, when given (each model of a fleet alike). */
  private Model forTarget(Model loaded) {
    return target == null ? loaded : TargetChoice.forLint(loaded, TargetChoice.of(target, loaded));
  }

  /** One model of a fleet: loaded, or why not. */
  private record Loaded(Model model, NetgenException failure) {}

  private Loaded load(String model) {
    try {
      return new Loaded(
          forTarget(io.sources().load(model, io.in(), AllowedOutputs.parse(allowOutput))), null);
    } catch (NetgenException e) {
      return new Loaded(null, e);
    }
  }

  /**
   * Prints the findings; the exit code is the worst of the loads' (2 when a model could not be
   * loaded) and the findings' (1 at or above --fail-on).
   */
  private int report(List<String> names, List<Diagnostic> diagnostics, int loads) {
    var linter = RuleRegistry.linter();
    try {
      switch (format) {
        case text -> TextReport.write(diagnostics, io.sources(), io.out());
        case json -> JsonReport.write(names, diagnostics, io.out());
        case sarif -> SarifReport.write(linter.rules(), diagnostics, io.out());
      }
    } catch (IOException e) {
      throw new NetgenException(ExitCode.FAILURE, "cannot write the report: " + e.getMessage(), e);
    }
    io.out().flush();
    boolean failing = diagnostics.stream().anyMatch(d -> d.severity().atLeast(failOn.severity));
    return Math.max(loads, failing ? ExitCode.FINDINGS : ExitCode.OK);
  }
}
