package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.lang.reflect.Constructor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the picocli command line and turns everything that escapes a command into an exit code:
 * NetgenException is a user-facing failure; any other exception is a bug and says so.
 */
public final class Cli {
  /** The subcommands by the name in their @Command, in the order help lists them. */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  private Cli() {}

  /**
   * Runs one command line. picocli reads the annotations of every command it is given, which costs
   * a start-up a few milliseconds each: when the first argument names a subcommand, only that one
   * is added, since picocli then parses the rest with that subcommand alone. --version alone needs
   * none. Completion describes the whole tree, and anything else (--help, a typo) is answered by
   * the whole tree too, so every message is the one the full command line gives.
   */
  public static int run(String[] args, Io io) {
    skipUnusedConverters();
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return configured(top(new Factory(io, new TemplateStart())), io).execute(args);
    }
    Class<?> named =
        args.length > 0 && !args[0].equals("completion") ? SUBCOMMANDS.get(args[0]) : null;
    var templates = new TemplateStart();
    if (named == RenderCommand.class
        || named == DiffCommand.class
        || named == CheckCommand.class
        || named == ApplyCommand.class) {
      templates.start(); // FreeMarker starts while picocli builds the command line
    }
    var factory = new Factory(io, templates);
    try {
      return (named != null ? only(named, factory) : commandLine(factory)).execute(args);
    } catch (Error e) {
      return fatal(e, io);
    }
  }

  /**
   * An Error (out of memory, a stack overflow) that escaped a command: one line and exit 2, never a
   * stack trace and exit 1, which config management reads as "differences found". Nothing is
   * allocated beyond the line itself, since the heap may be what ran out.
   */
  private static int fatal(Error e, Io io) {
    io.err()
        .println("netgen: cannot continue: " + e + "; this is a bug in netgen, please report it");
    io.err().flush();
    return ExitCode.FAILURE;
  }

  /**
   * Every CommandLine registers converters for java.time, java.sql and java.nio.file.Path types
   * when those classes are present, loading and initialising some hundred JDK classes (the ISO date
   * formatters among them), 10 ms of a 200 ms lint. netgen's options are strings, enums, booleans
   * and lists of strings, so picocli is told to skip them (its own switch for this), unless whoever
   * runs netgen has set that switch.
   */
  private static void skipUnusedConverters() {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(time|sql|nio\\.file)\\..*");
    }
  }

  /** The whole command line, every subcommand included. */
  public static CommandLine commandLine(Io io) {
    return commandLine(new Factory(io, new TemplateStart()));
  }

  private static CommandLine commandLine(Factory factory) {
    var cli = top(factory);
    for (Class<?> subcommand : SUBCOMMANDS.values()) {
      cli.addSubcommand(new CommandLine(subcommand, factory));
    }
    return configured(cli, factory.io());
  }

  /** The command line with this one subcommand. */
  private static CommandLine only(Class<?> subcommand, Factory factory) {
    var cli = top(factory);
    cli.addSubcommand(new CommandLine(subcommand, factory));
    return configured(cli, factory.io());
  }

  private static Map<String, Class<?>> subcommands() {
    var all = new LinkedHashMap<String, Class<?>>();
    all.put("lint", LintCommand.class);
    all.put("render", RenderCommand.class);
    all.put("diff", DiffCommand.class);
    all.put("graph", GraphCommand.class);
    all.put("check", CheckCommand.class);
    all.put("apply", ApplyCommand.class);
    all.put("confirm", ConfirmCommand.class);
    all.put("apply-watcher", WatchCommand.class);
    all.put("uninstall", UninstallCommand.class);
    all.put("rules", RulesCommand.class);
    all.put("schema", SchemaCommand.class);
    all.put("import", ImportCommand.class);
    all.put("completion", CompletionCommand.class);
    return Collections.unmodifiableMap(all);
  }

  private static CommandLine top(Factory factory) {
    return new CommandLine(new NetgenCommand(), factory);
  }

  /** Settings and handlers; set after the subcommands are added, as picocli applies them to all. */
  private static CommandLine configured(CommandLine cli, Io io) {
    cli.setOut(io.out());
    cli.setErr(io.err());
    cli.setExpandAtFiles(false);
    cli.setCaseInsensitiveEnumValuesAllowed(false);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof NetgenException failure) {
            DiagnosticPrinter.print(failure, io);
            return failure.exitCode();
          }
          io.err().println("netgen: internal error: " + e);
          e.printStackTrace(io.err());
          io.err()
              .println("This is a bug in netgen; please report it with the model that caused it.");
          io.err().flush();
          return ExitCode.FAILURE;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          io.err().println("netgen: " + e.getMessage());
          io.err()
              .println(
                  "Try '"
                      + e.getCommandLine().getCommandSpec().qualifiedName()
                      + " --help' for more information.");
          io.err().flush();
          return ExitCode.FAILURE;
        });
    return cli;
  }

  /**
   * Gives each command the Io it runs with (and the run's template engine, to those that render),
   * through a constructor taking them when it has one.
   */
  private record Factory(Io io, TemplateStart templates) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> withTemplates = type.getDeclaredConstructor(Io.class, TemplateStart.class);
        return withTemplates.newInstance(io, templates);
      } catch (NoSuchMethodException e) {
        // a command that does not render
      }
      try {
        Constructor<K> withIo = type.getDeclaredConstructor(Io.class);
        return withIo.newInstance(io);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
