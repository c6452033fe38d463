package dev.netgen.testing;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Guards for tests that need a real tool or root. With CI=true a missing tool fails the test (CI
 * installs them all); elsewhere the test is skipped with a reason that says what to install.
 */
public final class RealTool {
  private static final String[] PATH = {
    "/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/sbin", "/usr/local/bin"
  };

  private RealTool() {}

  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Returns the tool's path, or fails (CI) / skips (elsewhere). */
  public static Path require(String tool, String debianPackage) {
    for (String dir : PATH) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    missing(tool + " is not installed (Debian package " + debianPackage + ")");
    return null;
  }

  public static void requireRoot() {
    if (!"root".equals(System.getProperty("user.name"))) {
      missing("this test needs root (network namespaces)");
    }
  }

  private static void missing(String why) {
    if (inCi()) {
      fail(why + "; CI must install it (.ci/run)");
    }
    Assumptions.abort("SKIPPED: " + why);
  }
}
