package dev.netgen.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void messageQuotesAValueAndCutsItAfterSixtyCharacters() {
    assertThat(Text.forMessage("it's\n\u00e9")).isEqualTo("'it\\'s\\u000a\\u00e9'");
    assertThat(Text.forMessage("e".repeat(60))).isEqualTo("'" + "e".repeat(60) + "'");
    assertThat(Text.forMessage("e".repeat(61))).isEqualTo("'" + "e".repeat(60) + "...'");
  }

  @Test
  void warningQuotesDiskTextEscapingQuoteAndBackslashAndCutsAfterEighty() {
    assertThat(Text.forWarning("it's\\\u001b")).isEqualTo("'it\\u0027s\\u005c\\u001b'");
    assertThat(Text.forWarning("x".repeat(81))).isEqualTo("'" + "x".repeat(80) + "...'");
  }

  @Test
  void terminalKeepsAccentsAndEscapesWhatHidesText() {
    assertThat(Text.forTerminal("modèle\\x.yaml")).isEqualTo("modèle\\x.yaml");
    assertThat(Text.forTerminal("a\u202eb\u0085c\n")).isEqualTo("a\\u202eb\\u0085c\\u000a");
  }

  @Test
  void messageTextKeepsPrintableAsciiAndEscapesTheRestByCodePoint() {
    assertThat(Text.forMessageText("a\\b \u00e9\ud83d\ude00")).isEqualTo("a\\b \\u00e9\\U0001f600");
  }

  @Test
  void fileCommentEscapesLineBreaksBackslashAndNonAscii() {
    assertThat(Text.forFileComment("a\nconf-script=/tmp/x\r\u00e9\\.yaml\ud83d\ude00"))
        .isEqualTo("a\\u000aconf-script=/tmp/x\\u000d\\u00e9\\u005c.yaml\\U0001f600");
  }

  @Test
  void shellWordLeavesPlainWordsBare() {
    assertThat(Text.forShellWord("br0")).isEqualTo("br0");
    assertThat(Text.forShellWord("172.16.1.0/24")).isEqualTo("172.16.1.0/24");
    assertThat(Text.forShellWord("192.168.1.50=00:26:c6:21:cf:02"))
        .isEqualTo("192.168.1.50=00:26:c6:21:cf:02");
  }

  @Test
  void shellWordSingleQuotesAnythingElse() {
    assertThat(Text.forShellWord("")).isEqualTo("''");
    assertThat(Text.forShellWord("a b")).isEqualTo("'a b'");
    assertThat(Text.forShellWord("it's $(x)")).isEqualTo("'it'\\''s $(x)'");
  }

  @Test
  void netifrcValueEscapesWhatStaysSpecialInDoubleQuotes() {
    assertThat(Text.forNetifrcValue("dhcp")).isEqualTo("\"dhcp\"");
    assertThat(Text.forNetifrcValue("a\"$`\\b")).isEqualTo("\"a\\\"\\$\\`\\\\b\"");
  }

  @Test
  void netifrcVariableTurnsAllButLettersAndDigitsIntoUnderscores() {
    assertThat(Text.forNetifrcVariable("eth0.10")).isEqualTo("eth0_10");
    assertThat(Text.forNetifrcVariable("br-lan_%1")).isEqualTo("br_lan__1");
  }

  @Test
  void uriReferenceEncodesSpacesAndAngleBrackets() {
    assertThat(Text.forUriReference("my models/a b.yaml")).isEqualTo("my%20models/a%20b.yaml");
    assertThat(Text.forUriReference("<stdin>")).isEqualTo("%3Cstdin%3E");
  }

  @Test
  void diffEscapesControlsAndBackslashAsHexBytes() {
    assertThat(Text.forDiff("net.lo\n+++ forged\\\u007f"))
        .isEqualTo("net.lo\\x0a+++ forged\\x5c\\x7f");
    assertThat(Text.forDiff("réseau")).isEqualTo("réseau");
  }

  @Test
  void dotStringsKeepTheirQuotesAndFormNoEscapeOfDots() {
    assertThat(Text.forDotString("br0")).isEqualTo("br0");
    assertThat(Text.forDotString("a\"b\\N")).isEqualTo("a\\\"b\\\\N");
    assertThat(Text.forDotString("x\ny\u202e")).isEqualTo("x\\\\u000ay\\\\u202e");
    assertThat(Text.forDotString("réseau")).isEqualTo("réseau");
  }

  @Test
  void mermaidLabelsAreLettersDigitsAFewMarksAndEntityCodes() {
    assertThat(Text.forMermaidLabel("br0: 172.16.1.1/24 (NAT)"))
        .isEqualTo("br0: 172.16.1.1/24 (NAT)");
    assertThat(Text.forMermaidLabel("a\"|<b>#\n")).isEqualTo("a#34;#124;#60;b#62;#35;#10;");
    assertThat(Text.forMermaidLabel("é\uD83D\uDE00")).isEqualTo("#233;#128512;");
  }
}
