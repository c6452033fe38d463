package dev.netgen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
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

  /**
   * The case models of a corpus folder: each committed CASE.yaml, and each CASE whose golden (CASE
   * + goldenSuffix) is committed without its model, which {@link GeneratedCases} builds. Case names
   * have no dot, so CASE.render.expected is not taken for a case of its own.
   */
  public static List<Path> cases(Path dir, String goldenSuffix) {
    var models = new TreeSet<>(files(dir, ".yaml"));
    for (Path golden : files(dir, goldenSuffix)) {
      String name = golden.getFileName().toString();
      String caseName = name.substring(0, name.length() - goldenSuffix.length());
      if (caseName.indexOf('.') < 0) {
        models.add(dir.resolve(caseName + ".yaml"));
      }
    }
    return List.copyOf(models);
  }

  /** The setups: folders of fixtures/ with a model.yaml (bridged, mac_nat, nat, ...). */
  public static List<Path> setups() {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("model.yaml"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The models of examples/ (models for common hosts), sorted; none without the folder. */
  public static List<Path> examples() {
    Path dir = Path.of("examples");
    return Files.isDirectory(dir) ? files(dir, ".yaml") : List.of();
  }

  public static String sibling(Path file, String newSuffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.')) + newSuffix;
  }
}
