package dev.netgen.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The code blocks of docs/hooks.md that tests run. A block is marked by a {@code <!-- test: NAME
 * -->} line just above its fence, invisible on a rendered page.
 */
final class DocBlocks {
  static final Path HOOKS_DOC = Path.of("docs/hooks.md");

  private DocBlocks() {}

  static String block(String name) {
    String doc;
    try {
      doc = Files.readString(HOOKS_DOC);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String marker = "<!-- test: " + name + " -->\n";
    int at = doc.indexOf(marker);
    assertThat(at).as("%s has a block marked %s", HOOKS_DOC, marker.strip()).isNotNegative();
    int fence = at + marker.length();
    assertThat(doc.startsWith("```", fence))
        .as("the marker %s stands right above a ``` fence", name)
        .isTrue();
    int body = doc.indexOf('\n', fence) + 1;
    int end = doc.indexOf("\n```", body - 1);
    return doc.substring(body, end + 1);
  }
}
