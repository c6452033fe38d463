package dev.netgen.check;

import dev.netgen.model.Address;
import dev.netgen.model.Bridge;
import dev.netgen.model.Interface;
import dev.netgen.model.Tap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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
   * The devices the host needs at boot: bridges, interfaces with an address or a gateway, and taps,
   * except bridge ports, which their bridge brings up.
   */
  private List<String> neededAtBoot() {
    var model = context.model();
    var devices = new ArrayList<String>();
    for (Interface nic : model.interfaces().values()) {
      boolean configured =
          !(nic.address().value() instanceof Address.None) || nic.gateway().isPresent();
      if (configured && !isPort(nic.name().value().text())) {
        devices.add(nic.name().value().text());
      }
    }
    for (Tap tap : model.taps().values()) {
      if (!isPort(tap.name().value().text())) {
        devices.add(tap.name().value().text());
      }
    }
    for (Bridge bridge : model.bridges().values()) {
      devices.add(bridge.name().value().text());
    }
    return devices;
  }

  private boolean isPort(String device) {
    return context.wiring().bridgeOf(device).isPresent();
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
