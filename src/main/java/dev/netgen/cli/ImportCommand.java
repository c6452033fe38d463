package dev.netgen.cli;

import dev.netgen.diag.ExitCode;
import dev.netgen.diag.NetgenException;
import dev.netgen.importer.HostDistro;
import dev.netgen.importer.ImportResult;
import dev.netgen.importer.Importer;
import dev.netgen.importer.Leftover;
import dev.netgen.text.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `netgen import`: the host's existing network files as a model, each value naming its file and
 * line.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Read the host's network files (netifrc's conf.d/net or ifupdown's interfaces, dnsmasq, sysctl) into a model.",
      "Nothing read is ever run. What the model cannot express is listed on stderr as FILE:LINE: not imported: REASON.",
      "Exit 0 when everything was imported, 1 when something was left out, 2 when a file cannot be read."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  netgen import -o host.yaml        # this host; the distribution is guessed",
      "  netgen import --from debian --root /mnt/old -o old.yaml",
      "  netgen import --firewall <(iptables-save; ebtables-save) -o host.yaml"
    })
public final class ImportCommand implements Callable<Integer> {
  private final Io io;

  @Option(
      names = "--from",
      paramLabel = "gentoo|debian",
      completionCandidates = ImportCommand.Distros.class,
      description = "whose files to read (default: guessed from the root)")
  String from;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      converter = NonEmptyPath.class,
      description = "the host's root folder (default: /)")
  String root = "/";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "MODEL",
      converter = NonEmptyPath.class,
      description =
          "write the model here (default: stdout); an existing file is kept unless --force")
  String output;

  @Option(
      names = "--firewall",
      paramLabel = "FILE",
      converter = NonEmptyPath.class,
      description = "an iptables-save / ebtables-save dump: MASQUERADE and MAC NAT rules")
  String firewall;

  @Option(names = "--force", description = "replace an existing MODEL file")
  boolean force;

  /** The values --from takes, for shell completion. */
  static final class Distros implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.List.of("gentoo", "debian").iterator();
    }
  }

  public ImportCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Path rootPath = io.cwd().resolve(root);
    HostDistro distro = distro(rootPath);
    var fw = Optional.ofNullable(firewall).map(f -> new Importer.Named(io.cwd().resolve(f), f));
    ImportResult result = Importer.run(new Importer.Named(rootPath, root), distro, fw);
    if (output == null) {
      io.out().print(result.model());
      io.out().flush();
    } else {
      write(io.cwd().resolve(output), result.model());
    }
    for (Leftover l : result.leftovers()) {
      io.err().println(l.line());
    }
    io.err().flush();
    return result.leftovers().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private HostDistro distro(Path rootPath) {
    if (from != null) {
      return switch (from.toLowerCase(Locale.ROOT)) {
        case "gentoo" -> HostDistro.GENTOO;
        case "debian" -> HostDistro.DEBIAN;
        default ->
            throw new NetgenException(
                ExitCode.FAILURE, "import: --from " + Text.forMessage(from) + ": gentoo or debian");
      };
    }
    return Importer.guess(rootPath)
        .orElseThrow(
            () ->
                new NetgenException(
                    ExitCode.FAILURE,
                    "import: cannot tell the distribution from "
                        + Text.forMessage(root)
                        + " (neither or both of etc/conf.d/net and etc/network/interfaces): pass --from gentoo|debian"));
  }

  /** Atomically: a temporary file next to it, then a rename; an existing file only with --force. */
  private void write(Path target, String text) {
    try {
      if (!force && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Path tmp =
          Files.createTempFile(target.toAbsolutePath().getParent(), ".netgen-import", ".tmp");
      try {
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (FileAlreadyExistsException e) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "import: " + Text.forMessage(output) + " exists; pass --force to replace it");
    } catch (IOException e) {
      throw new NetgenException(
          ExitCode.FAILURE,
          "import: cannot write "
              + Text.forMessage(output)
              + ": "
              + Text.forMessageText(String.valueOf(e.getMessage())),
          e);
    }
  }
}
