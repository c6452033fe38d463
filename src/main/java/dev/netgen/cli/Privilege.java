package dev.netgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process runs as root: its effective user id, as the kernel reports it. */
final class Privilege {
  private Privilege() {}

  static boolean isRoot() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("Uid:"))
          .map(l -> l.split("\\s+"))
          .anyMatch(f -> f.length > 2 && f[2].equals("0"));
    } catch (IOException e) {
      return false;
    }
  }
}
