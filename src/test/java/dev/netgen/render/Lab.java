package dev.netgen.render;

import java.nio.file.Path;

/** The lab's scripts, in lab/ at the top of the repository. */
final class Lab {
  static final Path DIR = Path.of("lab").toAbsolutePath();

  /** The Debian host preparation, shared with DebianIfupdownRealToolTest. */
  static final Path DEBIAN_HOST = DIR.resolve("debian-host.sh");

  private Lab() {}
}
