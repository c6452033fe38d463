package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `netgen completion`: a completion script for bash, which zsh loads through bashcompinit. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description =
        "Print a bash completion script (zsh: run `autoload -U bashcompinit && bashcompinit` first).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(netgen completion)                      # bash, this shell",
      "  netgen completion > /etc/bash_completion.d/netgen",
      "  autoload -U +X bashcompinit && bashcompinit && source <(netgen completion)   # zsh"
    })
public final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  private final Io io;

  public CompletionCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.out().print(AutoComplete.bash("netgen", spec.root().commandLine()));
    io.out().flush();
    return ExitCode.OK;
  }
}
