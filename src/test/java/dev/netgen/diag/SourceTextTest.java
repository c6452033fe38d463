package dev.netgen.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.model.Position;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines and columns counted as SnakeYAML counts its marks, so a position finds its character. */
class SourceTextTest {
  private static String line(SourceText text, int number) {
    var line = text.line(number).orElseThrow();
    var out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      out.appendCodePoint(line.codePointAt(i));
    }
    return out.toString();
  }

  @Test
  void linesEndWhereYamlEndsThem() {
    var text = SourceText.of("a\nb\r\nc\rd\u0085e\u2028f\u2029g");
    for (int n = 1; n <= 7; n++) {
      assertThat(line(text, n)).isEqualTo(String.valueOf((char) ('a' + n - 1)));
    }
    assertThat(text.line(8)).isEmpty();
    assertThat(text.line(0)).isEmpty();
  }

  @Test
  void aTrailingLineBreakEndsTheLastLineAndStartsAnEmptyOne() {
    var text = SourceText.of("version: 1\n");
    assertThat(line(text, 1)).isEqualTo("version: 1");
    assertThat(line(text, 2)).isEmpty();
  }

  @Test
  void columnsCountCodePointsAndSkipAByteOrderMark() {
    var line = SourceText.of("k: [\u00e9, \ud83d\ude00x, t\ufeffb]").line(1).orElseThrow();
    // as SnakeYAML gives them: \u00e9 at 5, the emoji at 8, x at 9, the t at 12, b at 13
    assertThat(line.codePointAt(line.indexOfColumn(5))).isEqualTo(0xe9);
    assertThat(line.codePointAt(line.indexOfColumn(8))).isEqualTo(0x1f600);
    assertThat(line.codePointAt(line.indexOfColumn(9))).isEqualTo('x');
    assertThat(line.codePointAt(line.indexOfColumn(12))).isEqualTo('t');
    assertThat(line.codePointAt(line.indexOfColumn(13))).isEqualTo('b');
  }

  @Test
  void aColumnJustPastTheEndIsTheLinesLengthAndOneFurtherIsNone() {
    var line = SourceText.of("ab").line(1).orElseThrow();
    assertThat(line.indexOfColumn(3)).isEqualTo(2);
    assertThat(line.indexOfColumn(4)).isEqualTo(-1);
    assertThat(line.indexOfColumn(0)).isEqualTo(-1);
  }

  @Test
  void bytesThatAreNotUtf8ReadAsOneCodePointEachThatNamesTheByte() {
    byte[] bytes = {'c', 'a', 'f', (byte) 0xe9, '-', (byte) 0xc0, (byte) 0xaf, '\n', 'x'};
    var line = SourceText.decode(bytes).line(1).orElseThrow();
    assertThat(line.length()).isEqualTo(7);
    assertThat(SourceText.badByte(line.codePointAt(3))).isEqualTo(0xe9);
    assertThat(SourceText.badByte(line.codePointAt(5))).isEqualTo(0xc0);
    assertThat(SourceText.badByte(line.codePointAt(6))).isEqualTo(0xaf);
    assertThat(SourceText.badByte('-')).isEqualTo(-1);
    assertThat(SourceText.badByte(0xfffd)).isEqualTo(-1);
  }

  @Test
  void aLeadingByteOrderMarkIsNoPartOfTheFirstLine() {
    var text = SourceText.decode("\ufeffversion: 1".getBytes(StandardCharsets.UTF_8));
    assertThat(line(text, 1)).isEqualTo("version: 1");
  }

  @Test
  void aCodePointIndexFindsItsLineAndColumn() {
    var text = SourceText.of("a: 1\r\u00e9\ud83d\ude00\ufeffx");
    assertThat(text.at("m.yaml", 0)).isEqualTo(new Position("m.yaml", 1, 1));
    assertThat(text.at("m.yaml", 3)).isEqualTo(new Position("m.yaml", 1, 4));
    assertThat(text.at("m.yaml", 5)).isEqualTo(new Position("m.yaml", 2, 1));
    assertThat(text.at("m.yaml", 8)).isEqualTo(new Position("m.yaml", 2, 3));
    assertThat(text.at("m.yaml", 9)).isEqualTo(new Position("m.yaml", 2, 4));
  }

  @Test
  void aLineIsSplitOnceHoweverOftenItIsAskedFor() {
    var text = SourceText.of("x".repeat(100_000));
    assertThat(text.line(1).orElseThrow()).isSameAs(text.line(1).orElseThrow());
  }
}
