package dev.netgen.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Gentoo only: whether each device the host needs at boot has its net.* service in a runlevel.
 * OpenRC's stock rc_hotplug is off, so a net.* service that no runlevel lists and nothing needs
 * never starts at boot: the device may be up now (started by hand) and gone after a reboot.
 */
final class BootFacts {
  private final Context context;
  private final Path root;
  private final Consumer<Fact> out;

  BootFacts(Context context, Path root, Consumer<Fact> out) {
    this.context = context;
    this.root = root;
    this.out = out;
  }

  void runlevels() {
    List<String> runlevels = runlevelFolders();
    for (String device : neededAtBoot()) {
      String service = "net." + device;
      var in =
          runlevels.stream()
              .filter(
                  r ->
                      Files.exists(
                          root.resolve("etc/runlevels").resolve(r).resolve(service),
                          LinkOption.NOFOLLOW_LINKS))
              .toList();
      out.accept(
          in.isEmpty()
              ? Fact.warn(
                  "boot",
                  service,
                  "in a runlevel",
                  "in none",
                  "rc-update add "
                      + service
                      + " default: OpenRC starts a net.* service at boot only from a runlevel or when"
                      + " another service needs it (rc_hotplug is off by default)")
              : Fact.pass("boot", service, "in a runlevel", String.join(", ", in)));
    }
  }

  /**
   * The devices the host needs at boot, as the Gentoo render links them into the default runlevel:
   * every device that is not a bridge port (its bridge needs the port's service instead).
   */
  private List<String> neededAtBoot() {
    return context.wiring().startedAtBoot().stream().map(d -> d.name().value().text()).toList();
  }

  private List<String> runlevelFolders() {
    try (Stream<Path> folders = Files.list(root.resolve("etc/runlevels"))) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of(); // no runlevels at all: every needed service is in none
    }
  }
}
