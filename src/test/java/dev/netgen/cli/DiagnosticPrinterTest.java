package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.Diagnostic;
import dev.netgen.diag.Severity;
import dev.netgen.model.Position;
import dev.netgen.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text diagnostic: head, source line and caret, hint, and the rule to read for a lint finding.
 */
class DiagnosticPrinterTest {
  @TempDir Path tmp;

  private static String print(Sources sources, Diagnostic d) {
    var out = new StringWriter();
    try (var writer = new PrintWriter(out)) {
      new DiagnosticPrinter(sources).print(d, writer);
    }
    return out.toString();
  }

  private Sources loaded(String name, String yaml) throws Exception {
    Path model = tmp.resolve(name);
    Files.writeString(model, yaml);
    var sources = new Sources();
    sources.load(model.toString(), InputStream.nullInputStream());
    return sources;
  }

  @Test
  void aLintFindingEndsWithTheCommandThatExplainsItsRule() throws Exception {
    var sources = loaded("m.yaml", "version: 1\ntaps:\n  tap0: {}\n");
    String file = tmp.resolve("m.yaml").toString();
    var finding =
        new Diagnostic(
            new Position(file, 3, 3),
            Severity.WARNING,
            "unused-tap",
            "tap 'tap0' is unused",
            "remove it");
    assertThat(print(sources, finding).lines())
        .containsExactly(
            file + ":3:3: warning[unused-tap]: tap 'tap0' is unused",
            "    3 |   tap0: {}",
            "      |   ^",
            "  hint: remove it",
            "  see: netgen rules unused-tap");
  }

  @Test
  void aLoaderErrorHasNoRuleToSee() throws Exception {
    var sources = loaded("m.yaml", "version: 1\n");
    var error =
        Diagnostic.loadError(
            new Position(tmp.resolve("m.yaml").toString(), 1, 10), "bad", "fix it");
    assertThat(print(sources, error)).doesNotContain("see:").contains("  hint: fix it");
  }

  @Test
  void aCodeThatIsNoRuleHasNoSeeLine() {
    var d = new Diagnostic(new Position("m.yaml", 1, 1), Severity.ERROR, "no-such-rule", "m", "h");
    assertThat(print(new Sources(), d)).doesNotContain("see:");
  }

  @Test
  void aFileThisRunDidNotReadShowsNoSourceLine() {
    var d = Diagnostic.loadError(new Position("elsewhere.yaml", 1, 1), "bad", "fix it");
    assertThat(print(new Sources(), d))
        .isEqualTo("elsewhere.yaml:1:1: error[load]: bad\n  hint: fix it\n");
  }

  @Test
  void showsTheLineFromTheBytesReadNotFromTheFileAgain() throws Exception {
    var sources = loaded("m.yaml", "version: 1\n");
    Files.writeString(tmp.resolve("m.yaml"), "changed since\n");
    var error =
        Diagnostic.loadError(
            new Position(tmp.resolve("m.yaml").toString(), 1, 10), "bad", "fix it");
    assertThat(print(sources, error)).contains("    1 | version: 1\n");
    Files.delete(tmp.resolve("m.yaml"));
    assertThat(print(sources, error)).contains("    1 | version: 1\n");
  }

  @Test
  void aModelOnStandardInputShowsItsLinesToo() {
    var run =
        CliRun.withInput(
            new ByteArrayInputStream(
                "version: 1\ninterfaces:\n  eth0: {adress: dhcp}\n"
                    .getBytes(StandardCharsets.UTF_8)),
            "lint",
            "-");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "<stdin>:3:10: error[load]: unknown key 'adress' in interface 'eth0'\n"
                + "    3 |   eth0: {adress: dhcp}\n"
                + "      |          ^\n");
  }

  @Test
  void jsonAndSarifCarryNoSourceLine() {
    for (String format : new String[] {"json", "sarif"}) {
      var run = CliRun.run("lint", "fixtures/rules/no-wlan-in-bridge/bad.yaml", "--format", format);
      assertThat(run.out()).doesNotContain(" | ").doesNotContain("see: netgen rules");
    }
  }
}
