package dev.netgen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.netgen.diag.NetgenException;
import dev.netgen.text.Text;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's file name is the one text netgen prints that no grammar checked: a generator may name
 * models after hosts or requests. A newline in it must not forge a diagnostic line, an escape
 * sequence must not reach the terminal.
 */
class HostileFileNameTest {
  @TempDir Path tmp;

  @Test
  void showsControlCharactersOfTheFileNameEscapedInDiagnostics() throws Exception {
    Path model = tmp.resolve("hv01\nfake.yaml:1:1: error[mac-unique]: forged\u001b[2J.yaml");
    Files.writeString(model, "version: 2\n");

    var e =
        catchThrowableOfType(
            NetgenException.class,
            () -> new ModelLoader().load(model.toString(), InputStream.nullInputStream()));

    String shown = e.diagnostics().get(0).format();
    assertThat(shown.lines().count()).as(shown).isEqualTo(2);
    assertThat(shown)
        .doesNotContain("\u001b")
        .contains(
            "hv01\\u000afake.yaml:1:1: error[mac-unique]: forged\\u001b[2J.yaml:1:10: error[load]");
  }

  @Test
  void showsControlCharactersOfAMissingFileNameEscaped() {
    var e =
        catchThrowableOfType(
            NetgenException.class,
            () -> new ModelLoader().load("no\nsuch\u009b.yaml", InputStream.nullInputStream()));

    assertThat(e.getMessage())
        .isEqualTo("cannot read model no\\u000asuch\\u009b.yaml: no such file");
  }

  @Test
  void keepsPrintableUnicodeOfNamesButEscapesBidiOverrides() {
    assertThat(Text.forTerminal("modèle-hv01.yaml")).isEqualTo("modèle-hv01.yaml");
    assertThat(Text.forTerminal("a\u202egpj.yaml")).isEqualTo("a\\u202egpj.yaml");
    assertThat(Text.forTerminal("a\u2028b\u2066c\u200fd")).isEqualTo("a\\u2028b\\u2066c\\u200fd");
  }
}
