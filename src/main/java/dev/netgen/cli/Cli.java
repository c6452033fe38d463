package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Builds the picocli command line and turns everything that escapes a command into an exit code:
 * NetgenException is a user-facing failure; any other exception is a bug and says so.
 */
public final class Cli {
  private Cli() {}

  public static int run(String[] args, Io io) {
    var cli = commandLine(io);
    return cli.execute(args);
  }

  public static CommandLine commandLine(Io io) {
    var cli = new CommandLine(new NetgenCommand(), new Factory(io));
    cli.setOut(io.out());
    cli.setErr(io.err());
    cli.setExpandAtFiles(false);
    cli.setCaseInsensitiveEnumValuesAllowed(false);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof NetgenException failure) {
            DiagnosticPrinter.print(failure, io.err());
            return failure.exitCode();
          }
          io.err().println("netgen: internal error: " + e);
          e.printStackTrace(io.err());
          io.err().println("This is a bug in netgen; please report it with the model that caused it.");
          io.err().flush();
          return ExitCode.FAILURE;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          io.err().println("netgen: " + e.getMessage());
          io.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
          io.err().flush();
          return ExitCode.FAILURE;
        });
    return cli;
  }

  /** Gives each command the Io it runs with, through a constructor taking Io when it has one. */
  private record Factory(Io io) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> withIo = type.getDeclaredConstructor(Io.class);
        return withIo.newInstance(io);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
