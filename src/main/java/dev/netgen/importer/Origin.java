package dev.netgen.importer;

/**
 * Where an imported value was read: a host path (as the host sees it, "/etc/conf.d/net") and a
 * line, 0 for a whole file or link.
 */
public record Origin(String file, int line) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
