package dev.netgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fixtures folder, walked from disk so that a new case needs no test change. */
public final class Fixtures {
  public static final Path ROOT = Path.of("fixtures");

  private Fixtures() {}

  /** The files directly in dir whose names end with suffix, sorted. */
  public static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The setups: folders of fixtures/ with a model.yaml (bridged, mac_nat, nat, ...). */
  public static List<Path> setups() {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("model.yaml"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String sibling(Path file, String newSuffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.')) + newSuffix;
  }
}
