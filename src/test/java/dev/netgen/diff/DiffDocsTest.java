package dev.netgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples of docs/diff.md are real output: each entry appears in some golden. */
class DiffDocsTest {
  @Test
  void everyUnifiedExampleInTheDocsIsAGoldenEntry() throws IOException {
    String docs = Files.readString(Path.of("docs/diff.md"));
    int from = docs.indexOf("Examples (from `fixtures/diff/*/unified.expected`):");
    int start = docs.indexOf("```\n", from) + 4;
    String example = docs.substring(start, docs.indexOf("```", start));
    String goldens = allGoldens();

    List<String> entries = entries(example);

    assertThat(entries).hasSizeGreaterThanOrEqualTo(6);
    assertThat(entries).allSatisfy(entry -> assertThat(goldens).contains(entry));
  }

  /** Splits unified text at each "--- " line that a "+++ " line follows. */
  private static List<String> entries(String text) {
    var entries = new ArrayList<String>();
    var lines = text.split("\n", -1);
    var current = new StringBuilder();
    for (int i = 0; i < lines.length - 1; i++) {
      boolean starts = lines[i].startsWith("--- ") && lines[i + 1].startsWith("+++ ");
      if (starts && current.length() > 0) {
        entries.add(current.toString());
        current.setLength(0);
      }
      current.append(lines[i]).append('\n');
    }
    entries.add(current.toString());
    return entries;
  }

  private static String allGoldens() throws IOException {
    var all = new StringBuilder();
    try (Stream<Path> cases = Files.list(DiffGoldenTest.CASES)) {
      for (Path c : cases.sorted().toList()) {
        String golden = Golden.read(c.resolve("unified.expected"));
        all.append(golden == null ? "" : golden);
      }
    }
    return all.toString();
  }
}
