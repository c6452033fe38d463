package dev.netgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellTest {
  @Test
  void leavesPlainWordsBare() {
    assertThat(Shell.word("br0")).isEqualTo("br0");
    assertThat(Shell.word("172.16.1.0/24")).isEqualTo("172.16.1.0/24");
    assertThat(Shell.word("192.168.1.50=00:26:c6:21:cf:02")).isEqualTo("192.168.1.50=00:26:c6:21:cf:02");
  }

  @Test
  void singleQuotesAnythingElse() {
    assertThat(Shell.word("")).isEqualTo("''");
    assertThat(Shell.word("a b")).isEqualTo("'a b'");
    assertThat(Shell.word("it's $(x)")).isEqualTo("'it'\\''s $(x)'");
  }

  @Test
  void escapesWhatStaysSpecialInDoubleQuotes() {
    assertThat(Shell.doubleQuoted("dhcp")).isEqualTo("\"dhcp\"");
    assertThat(Shell.doubleQuoted("a\"$`\\b")).isEqualTo("\"a\\\"\\$\\`\\\\b\"");
  }
}
