package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.SourceText;
import dev.netgen.model.Position;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The source line under a diagnostic: bounded, escaped, and the caret under the right character.
 */
class ExcerptTest {
  private static List<String> excerpt(String text, int line, int column) {
    return Excerpt.of(SourceText.of(text), new Position("m.yaml", line, column));
  }

  /** The character the caret points at, in the shown line. */
  private static char underCaret(List<String> excerpt) {
    return excerpt.get(0).charAt(excerpt.get(1).indexOf('^'));
  }

  @Test
  void showsTheLineAndACaretUnderTheColumn() {
    assertThat(excerpt("bridges:\n  br0:\n    ports: [wlan0, tap0]\n", 3, 13))
        .containsExactly("    3 |     ports: [wlan0, tap0]", "      |             ^");
  }

  @Test
  void widensTheGutterForLongFiles() {
    assertThat(excerpt("x\n".repeat(123_456), 123_456, 1))
        .containsExactly("123456 | x", "       | ^");
  }

  @Test
  void showsATabAsFourSpaces() {
    var excerpt = excerpt("a:\n\tb: c\n", 2, 5);
    assertThat(excerpt).containsExactly("    2 |     b: c", "      |        ^");
    assertThat(underCaret(excerpt)).isEqualTo('c');
  }

  @Test
  void escapesWhatIsNotPrintableAsciiAndKeepsTheCaretUnderItsCharacter() {
    // \u00e9 and the emoji take one column each in the model, six and ten on screen
    var excerpt = excerpt("name: \u00e9\ud83d\ude00 x\n", 1, 10);
    assertThat(excerpt.get(0)).isEqualTo("    1 | name: \\u00e9\\U0001f600 x");
    assertThat(underCaret(excerpt)).isEqualTo('x');
  }

  @Test
  void neverPrintsAControlCharacterOrADirectionOverride() {
    var excerpt = excerpt("a: \"\u001b[2J\u202e\u0000\u0085x\"", 1, 4);
    assertThat(String.join("\n", excerpt)).matches("[\\x20-\\x7e\\n]*");
    assertThat(excerpt.get(0)).isEqualTo("    1 | a: \"\\u001b[2J\\u202e\\u0000");
  }

  @Test
  void showsBytesThatAreNotUtf8AsTheBytesTheyAre() {
    byte[] bytes = "  name: caf\u00ff-host\n".getBytes(StandardCharsets.ISO_8859_1);
    var excerpt = Excerpt.of(SourceText.decode(bytes), new Position("m.yaml", 1, 12));
    assertThat(excerpt).containsExactly("    1 |   name: caf\\xff-host", "      |            ^");
  }

  @Test
  void showsAWindowOfAVeryLongLine() {
    String line = "k: [" + "a, ".repeat(300_000) + "X, " + "b, ".repeat(300_000) + "]";
    int column = line.indexOf('X') + 1;
    var excerpt = excerpt(line, 1, column);
    assertThat(excerpt.get(0)).startsWith("    1 | ...").endsWith("...");
    assertThat(excerpt.get(0).length())
        .isLessThanOrEqualTo("    1 | ".length() + Excerpt.WIDTH + 2 * Excerpt.CUT.length());
    assertThat(underCaret(excerpt)).isEqualTo('X');
  }

  @Test
  void aLongLineNearItsStartIsCutOnlyAtTheEnd() {
    var excerpt = excerpt("    ports: [\"" + "e".repeat(1 << 20) + "\"]", 1, 13);
    assertThat(excerpt.get(0)).startsWith("    1 |     ports: [\"eee").endsWith("...");
    assertThat(underCaret(excerpt)).isEqualTo('"');
  }

  @Test
  void aCaretJustPastTheEndOfTheLineIsShown() {
    assertThat(excerpt("key:\n", 1, 5)).containsExactly("    1 | key:", "      |     ^");
  }

  @Test
  void showsNothingForAPlaceTheTextDoesNotHaveOrABlankLine() {
    assertThat(excerpt("a: b\n", 0, 0)).isEmpty();
    assertThat(excerpt("a: b\n", 3, 1)).isEmpty();
    assertThat(excerpt("a: b\n", 1, 7)).isEmpty();
    assertThat(excerpt("a: b\n   \n", 2, 1)).isEmpty();
    assertThat(excerpt("", 1, 1)).isEmpty();
  }

  @Test
  void dropsTrailingSpaces() {
    assertThat(excerpt("a: b   \n", 1, 4)).containsExactly("    1 | a: b", "      |    ^");
  }
}
