package dev.netgen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. With -Dnetgen.regenerate=true a differing golden is rewritten and the
 * test still fails, naming the file, so a regenerating run is never green by accident; the switch
 * is refused when CI is set.
 */
public final class Golden {
  private Golden() {}

  public static boolean regenerating() {
    boolean asked = Boolean.parseBoolean(System.getProperty("netgen.regenerate", "false"));
    if (asked && System.getenv("CI") != null && !System.getenv("CI").isEmpty()) {
      fail(
          "-Dnetgen.regenerate=true is refused when CI is set: goldens are rewritten only on purpose, by a person");
    }
    return asked;
  }

  /** Compares text with a golden file; rerun says how to run just this case. */
  public static void check(Path golden, String actual, String rerun) {
    String expected = read(golden);
    if (actual.equals(expected)) {
      return;
    }
    if (regenerating()) {
      write(golden, actual);
      fail("rewrote " + golden + ": review its diff before committing");
    }
    assertThat(actual)
        .as(
            "output differs from golden %s%n  rerun: %s%n  regenerate on purpose: add -Dnetgen.regenerate=true",
            golden, rerun)
        .isEqualTo(expected == null ? "<missing golden file " + golden + ">" : expected);
  }

  public static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The command that reruns one test class with a filter on the display name. */
  public static String rerunCommand(Class<?> testClass, String caseName) {
    return "mvn -q test -Dtest='"
        + testClass.getSimpleName()
        + "' -Dnetgen.case='"
        + caseName
        + "'";
  }

  /** True when -Dnetgen.case is unset or names this case: lets one golden case be rerun alone. */
  public static boolean selected(String caseName) {
    String only = System.getProperty("netgen.case", "");
    return only.isEmpty() || only.equals(caseName);
  }
}
