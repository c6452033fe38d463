package dev.netgen.model;

import java.util.regex.Pattern;

/**
 * Where an output file goes, absolute inside the target root. Held without the leading '/', so
 * resolving it against any root stays inside that root by construction.
 */
public record OutputPath(String relative) implements Comparable<OutputPath> {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+@-]{0,127}");

  /** netgen's list of the files it owns (the writer's); no model output may take its place. */
  public static final OutputPath MANIFEST = new OutputPath("etc/netgen/manifest");

  public static OutputPath parse(String text) throws InvalidValueException {
    if (!text.startsWith("/")) {
      throw new InvalidValueException(
          "output path " + Text.quote(text) + " is not absolute",
          "write the path the file has on the host, starting with '/', e.g. /etc/dnsmasq.d/netgen.conf");
    }
    String relative = text.substring(1);
    boolean ok = !relative.isEmpty() && relative.length() <= 1024;
    for (String segment : relative.split("/", -1)) {
      ok &= SEGMENT.matcher(segment).matches();
    }
    if (!ok) {
      throw new InvalidValueException(
          "invalid output path " + Text.quote(text),
          "use '/'-separated names of letters, digits, '_', '-', '.', '+' and '@'; no '..', no empty or hidden segments");
    }
    return new OutputPath(relative);
  }

  /** A path netgen chooses itself, already known to be clean. */
  public static OutputPath of(String relative) {
    try {
      return parse("/" + relative);
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(relative, e);
    }
  }

  public String absolute() {
    return "/" + relative;
  }

  /** Whether other lies below this path, which would then have to be a folder. */
  public boolean isAncestorOf(OutputPath other) {
    return other.relative.startsWith(relative + "/");
  }

  public String fileName() {
    return relative.substring(relative.lastIndexOf('/') + 1);
  }

  @Override
  public int compareTo(OutputPath other) {
    return relative.compareTo(other.relative);
  }

  @Override
  public String toString() {
    return relative;
  }
}
