package dev.netgen.write;

import dev.netgen.model.OutputPath;

/**
 * One line of a render report: a path and what happened to it. Printed as the status word, one
 * space, and the path as it is on the target host: {@code created /etc/conf.d/net}. Absolute-in-
 * root because that is the path an admin knows; the root itself is already on the command line.
 */
public record FileOutcome(OutputPath path, FileStatus status) {

  /** The line render prints, e.g. {@code removed /etc/init.d/net.br1}. */
  public String line() {
    return status.word() + " " + path.absolute();
  }
}
