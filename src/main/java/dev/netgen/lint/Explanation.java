package dev.netgen.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A rule's documentation as fixtures/rules/ID/ holds it and the jar ships it under rules/ID/: why
 * the rule exists (README.md, plain paragraphs under a "# ID" heading), a whole model that breaks
 * it (bad.yaml) and the same model fixed (good.yaml). The fixtures are the examples' one source.
 */
public record Explanation(String why, String bad, String good) {
  private static final String MARKER = "# expect: ";

  public Explanation {
    why = why.strip();
  }

  /** The explanation of the rule with this id, read from the class path. */
  static Explanation of(String ruleId) {
    String folder = "rules/" + ruleId + "/";
    return new Explanation(
        why(read(folder + "README.md")),
        example(read(folder + "bad.yaml")),
        example(read(folder + "good.yaml")));
  }

  /**
   * A fleet rule's explanation: each example is two hosts on one LAN, X.yaml and X.other.yaml,
   * shown one after the other under a comment line that says which host it is.
   */
  static Explanation ofFleet(String ruleId) {
    String folder = "rules/" + ruleId + "/";
    return new Explanation(
        why(read(folder + "README.md")), hosts(folder, "bad"), hosts(folder, "good"));
  }

  private static String hosts(String folder, String example) {
    return "# one host\n"
        + example(read(folder + example + ".yaml"))
        + "\n# another host on the same LAN\n"
        + example(read(folder + example + ".other.yaml"));
  }

  /** README.md without its "# ID" heading. */
  static String why(String readme) {
    return readme.startsWith("# ") ? readme.substring(readme.indexOf('\n') + 1) : readme;
  }

  /**
   * A fixture as a reader should see it: without the comment lines above `version:` (they name the
   * rule for whoever browses the folder) and without the tests' `# expect:` markers.
   */
  static String example(String fixture) {
    var lines = fixture.lines().dropWhile(l -> l.startsWith("#"));
    return lines
        .filter(l -> !l.strip().startsWith(MARKER))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static String read(String resource) {
    try (InputStream in = Explanation.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the class path: add it under fixtures/rules/");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
