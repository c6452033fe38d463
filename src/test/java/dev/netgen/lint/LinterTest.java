package dev.netgen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.Severity;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinterTest {
  private static Model parse(String yaml) {
    return new ModelLoader().parse("m.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static final String TWO_UNUSED_TAPS_AND_A_BAD_MAC =
      """
      version: 1
      taps:
        tap1: {}
        tap0:
          mac: 01:00:00:00:00:01
      """;

  @Test
  void sortsFindingsByLineThenColumnThenRuleId() {
    var found = Linter.standard().lint(parse(TWO_UNUSED_TAPS_AND_A_BAD_MAC));
    assertThat(found)
        .extracting(d -> d.at().line() + ":" + d.at().column() + " " + d.code())
        .containsExactly("3:3 unused-tap", "4:3 unused-tap", "5:10 mac-valid");
  }

  @Test
  void modelsLintDisableSkipsTheRule() {
    var found = Linter.standard().lint(parse(TWO_UNUSED_TAPS_AND_A_BAD_MAC + "lint:\n  disable: [unused-tap]\n"));
    assertThat(found).extracting(d -> d.code()).containsExactly("mac-valid");
  }

  @Test
  void extraDisabledIdsAddToTheModels() {
    var found = Linter.standard().lint(parse(TWO_UNUSED_TAPS_AND_A_BAD_MAC), Set.of("mac-valid", "unused-tap"));
    assertThat(found).isEmpty();
  }

  @Test
  void findingsCarryTheRulesIdAndSeverity() {
    Rule always =
        new Rule() {
          public String id() {
            return "always";
          }

          public Severity severity() {
            return Severity.WARNING;
          }

          public String summary() {
            return "reports the version";
          }

          public Explanation explanation() {
            return new Explanation("x", "", "");
          }

          public void check(Model model, DiagnosticSink sink) {
            sink.report(new dev.netgen.model.Position(model.source(), 1, 1), "found", "fix");
          }
        };
    var found = new Linter(List.of(always)).lint(parse("version: 1\n"));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("always");
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.format()).isEqualTo("m.yaml:1:1: warning[always]: found\n  hint: fix");
    });
  }
}
