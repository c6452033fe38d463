package dev.netgen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.netgen.diag.NetgenException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Inputs the fuzzer found that SnakeYAML rejects in ways the loader must still diagnose. */
class HostileYamlTest {
  private static String diagnosticOf(String yaml) {
    var e =
        catchThrowableOfType(
            NetgenException.class,
            () -> new ModelLoader().parse("m.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).as("a NetgenException for %s", yaml).isNotNull();
    assertThat(e.exitCode()).isEqualTo(2);
    assertThat(e.diagnostics()).hasSize(1);
    return e.diagnostics().get(0).format();
  }

  @Test
  void reportsTagThatDecodesToSpacesAsDiagnosticNotCrash() {
    // `%a` is no valid escape; SnakeYAML throws IllegalArgumentException from new Tag(...).
    assertThat(diagnosticOf("[!%a"))
        .isEqualTo(
            "m.yaml:1:2: error[load]: invalid YAML tag\n"
                + "  hint: remove the tag: a netgen model holds plain values, lists and maps only");
  }

  @Test
  void reportsTagWithControlEscapeAsDiagnosticNotCrash() {
    assertThat(diagnosticOf("!/%01")).startsWith("m.yaml:1:1: error[load]: invalid YAML tag");
  }

  @Test
  void namesEndOfInputInsteadOfPrintingSnakeYamlsNul() {
    assertThat(diagnosticOf("\n%"))
        .isEqualTo(
            "m.yaml:2:2: error[load]: YAML syntax error: expected alphabetic or numeric character,"
                + " but found the end of the model(0)\n"
                + "  hint: check the indentation and the quoting on this line");
  }

  @Test
  void escapesCharacterThatSnakeYamlQuotesInItsMessage() {
    // An unknown escape: SnakeYAML's message repeats the character, here a right-to-left override
    // (U+202E), which would reorder the rest of the line on a terminal.
    assertThat(diagnosticOf("version: 1\nhost:\n  name: \"a\\\u202e\"\n"))
        .isEqualTo(
            "m.yaml:3:12: error[load]: YAML syntax error: found unknown escape character \\u202e(8238)\n"
                + "  hint: check the indentation and the quoting on this line");
  }

  @Test
  void showsStandardTagInItsShortFormAndReportsATaggedKeyOnce() {
    var e =
        catchThrowableOfType(
            NetgenException.class,
            () ->
                new ModelLoader()
                    .parse(
                        "m.yaml",
                        "version: 1\ntaps:\n  !!binary dGFw: {}\n"
                            .getBytes(StandardCharsets.UTF_8)));
    assertThat(e.diagnostics())
        .extracting(d -> d.format())
        .containsExactly(
            "m.yaml:3:3: error[load]: YAML tag '!!binary' is not allowed\n"
                + "  hint: remove the tag: a netgen model holds plain values, lists and maps only");
  }

  @Test
  void hintsToRemoveAYamlVersionDirective() {
    assertThat(diagnosticOf("%YAML 2.0\n---\nversion: 1\n"))
        .endsWith(
            "  hint: remove the %YAML line: a netgen model is plain YAML 1.1 without directives");
  }

  @Test
  void reportsLocalTagOnAListWhereAMapBelongs() {
    // Found by Jazzer: a tagged list at the top gave a NetgenException with no diagnostic at all.
    assertThat(diagnosticOf("!-\n-"))
        .isEqualTo(
            "m.yaml:1:1: error[load]: YAML tag '!-' is not allowed\n"
                + "  hint: remove the tag: a netgen model holds plain values, lists and maps only");
  }

  @Test
  void refusesTagOnAnEmptyValue() {
    assertThat(diagnosticOf("version: 1\ntaps: !taps\n"))
        .startsWith("m.yaml:2:7: error[load]: YAML tag '!taps' is not allowed");
  }
}
