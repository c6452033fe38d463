package dev.netgen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level `netgen` command: only --help, --version and the subcommands, which {@link Cli}
 * adds (all of them, or only the one a run names).
 */
@Command(
    name = "netgen",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    description = {
      "Lint a YAML model of a VM host's network and render the distribution's own files from it: "
          + "netifrc or ifupdown, dnsmasq, sysctl, iptables and ebtables scripts, OpenRC symlinks, QEMU arguments.",
      ""
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  clean, no differences, or written",
      "  1  lint findings at or above --fail-on, differences found (diff), failing facts (check),",
      "     a path in the way that is not netgen's (render), owned files changed by hand and kept,",
      "     or lines import could not express",
      "  2  the model cannot be loaded, bad usage, an I/O failure, the host cannot be read (check),",
      "     or no Graphviz for graph --format svg",
      "",
      "Examples:",
      "  netgen lint fixtures/nat/model.yaml",
      "  netgen render fixtures/nat/model.yaml --out /tmp/netgen-demo",
      "  netgen graph fixtures/nat/model.yaml --format svg > nat.svg",
      "  netgen lint hosts/*.yaml",
      "  netgen diff model.yaml --quiet || netgen render model.yaml --out /"
    })
public final class NetgenCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: choose one of lint, render, diff, check, import, uninstall, rules, schema, completion");
  }
}
