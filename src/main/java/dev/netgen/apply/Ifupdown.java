package dev.netgen.apply;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which ifupdown the host has: Debian's own (ifup/ifdown per device) or ifupdown2, which replaces
 * it (the two packages conflict) and brings the running state to the file in one {@code ifreload
 * -a}, removed devices included. Told apart by ifreload, which only ifupdown2 installs.
 */
public enum Ifupdown {
  CLASSIC,
  IFUPDOWN2;

  /** The flavour installed under root (/ on the host). */
  public static Ifupdown detect(Path root) {
    for (String dir : new String[] {"usr/sbin", "sbin"}) {
      if (Files.isExecutable(root.resolve(dir).resolve("ifreload"))) {
        return IFUPDOWN2;
      }
    }
    return CLASSIC;
  }
}
