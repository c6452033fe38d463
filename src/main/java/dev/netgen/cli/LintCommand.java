package dev.netgen.cli;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.diag.Severity;
import dev.netgen.lint.Linter;
import dev.netgen.lint.Rule;
import dev.netgen.lint.rules.RuleRegistry;
import java.io.IOException;
import java.util.ArrayList;
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
    description = "Check a model: YAML and types first, then every lint rule (see `netgen rules`).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  netgen lint model.yaml",
      "  netgen lint model.yaml --format sarif > netgen.sarif",
      "  netgen lint model.yaml --fail-on warning --disable unused-tap",
      "  netgen lint model.yaml --target debian",
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
      converter = NonEmptyPath.class,
      description = "the model file, or - for standard input")
  String model;

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
    var loaded = io.sources().load(model, io.in(), AllowedOutputs.parse(allowOutput));
    if (target != null) {
      loaded = TargetChoice.forLint(loaded, TargetChoice.of(target, loaded));
    }
    List<Diagnostic> diagnostics = linter.lint(loaded, disable);
    try {
      switch (format) {
        case text -> TextReport.write(diagnostics, io.sources(), io.out());
        case json -> JsonReport.write(loaded.source(), diagnostics, io.out());
        case sarif -> SarifReport.write(linter.rules(), diagnostics, io.out());
      }
    } catch (IOException e) {
      throw new NetgenException(ExitCode.FAILURE, "cannot write the report: " + e.getMessage(), e);
    }
    io.out().flush();
    boolean failing = diagnostics.stream().anyMatch(d -> d.severity().atLeast(failOn.severity));
    return failing ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
