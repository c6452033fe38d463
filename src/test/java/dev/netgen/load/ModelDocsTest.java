package dev.netgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md's example under "## Keys" writes every key the loader knows, and no other: the key
 * tables ({@link Keys}) are the source, the page is held to them.
 */
class ModelDocsTest {
  static final Path DOC = Path.of("docs/model.md");

  /**
   * Keys the loader knows that an example does not write, and keys it writes that the loader
   * refuses.
   */
  record Differences(List<String> missing, List<String> extra) {
    static Differences of(String yaml) {
      var written = KeyPaths.written(yaml);
      var missing = new ArrayList<>(KeyPaths.known());
      missing.removeAll(written);
      var extra = new LinkedHashSet<>(written);
      KeyPaths.known().forEach(extra::remove);
      return new Differences(missing, List.copyOf(extra));
    }
  }

  @Test
  void theKeysExampleWritesEveryKeyTheLoaderKnowsAndNoOther() throws Exception {
    var differences = Differences.of(keysExample(Files.readString(DOC)));
    SoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(differences.missing())
              .as(
                  "keys the loader knows that %s does not show under \"## Keys\": add them there",
                  DOC)
              .isEmpty();
          softly
              .assertThat(differences.extra())
              .as(
                  "keys %s shows under \"## Keys\" that the loader refuses: remove them, or add them to load/Keys",
                  DOC)
              .isEmpty();
        });
  }

  @Test
  void aMisspelledKeyIsNamedBothAsMissingAndAsExtra() {
    var differences =
        Differences.of("version: 1\nbridges:\n  br0:\n    hello_tme: 1\n    nat: {uplnk: wlan0}\n");
    assertThat(differences.extra()).containsExactly("bridges.*.hello_tme", "bridges.*.nat.uplnk");
    assertThat(differences.missing())
        .contains(
            "bridges.*.hello_time", "bridges.*.nat.uplink", "guests.*.nics[].tap", "outputs.qemu");
    assertThat(differences.missing()).doesNotContain("version", "bridges", "bridges.*.nat");
  }

  /** The YAML block that follows the "## Keys" heading. */
  static String keysExample(String markdown) {
    int heading = markdown.indexOf("\n## Keys\n");
    assertThat(heading).as("%s has a \"## Keys\" section", DOC).isNotNegative();
    int start = markdown.indexOf("```yaml\n", heading) + "```yaml\n".length();
    int end = markdown.indexOf("\n```", start);
    return markdown.substring(start, end + 1);
  }
}
