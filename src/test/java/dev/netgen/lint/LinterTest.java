package dev.netgen.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netgen.diag.Severity;
import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.model.Position;
import dev.netgen.model.Wiring;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinterTest {
  /** Reports every tap at its name. */
  private static final class EveryTap extends Rule {
    EveryTap() {
      super(
          "every-tap",
          Kind.ADVICE,
          Severity.WARNING,
          "reports every tap",
          new Message("tap", "tap '{{tap}}' exists", "remove {{tap}}"));
    }

    @Override
    public void check(Model model, Wiring wiring, Reporter reporter) {
      model
          .taps()
          .values()
          .forEach(t -> reporter.report(t.name().at(), "tap", Map.of("tap", t.name().value())));
    }
  }

  /** Reports every MAC of a tap at the MAC. */
  private static final class EveryMac extends Rule {
    EveryMac() {
      super(
          "every-mac",
          Kind.SAFETY,
          Severity.ERROR,
          "reports every MAC",
          new Message("mac", "MAC {{mac}}", ""));
    }

    @Override
    public void check(Model model, Wiring wiring, Reporter reporter) {
      wiring
          .macs()
          .forEach(m -> reporter.report(m.mac().at(), "mac", Map.of("mac", m.mac().value())));
    }
  }

  private static final Linter LINTER = new Linter(List.of(new EveryMac(), new EveryTap()));

  private static final String TWO_TAPS_AND_A_MAC =
      """
      version: 1
      taps:
        tap1: {}
        tap0:
          mac: 01:00:00:00:00:01
      """;

  private static Model parse(String yaml) {
    return new ModelLoader().parse("m.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sortsFindingsByLineThenColumnThenRuleId() {
    var found = LINTER.lint(parse(TWO_TAPS_AND_A_MAC));
    assertThat(found)
        .extracting(d -> d.at().line() + ":" + d.at().column() + " " + d.code())
        .containsExactly("3:3 every-tap", "4:3 every-tap", "5:10 every-mac");
  }

  @Test
  void modelsLintDisableSkipsTheRule() {
    var found = LINTER.lint(parse(TWO_TAPS_AND_A_MAC + "lint:\n  disable: [every-tap]\n"));
    assertThat(found).extracting(d -> d.code()).containsExactly("every-mac");
  }

  @Test
  void extraDisabledIdsAddToTheModels() {
    assertThat(LINTER.lint(parse(TWO_TAPS_AND_A_MAC), Set.of("every-mac", "every-tap"))).isEmpty();
  }

  @Test
  void aFindingIsPrintedWithTheRulesIdSeverityAndItsMessageFilledWithItsData() {
    var found = LINTER.lint(parse(TWO_TAPS_AND_A_MAC));
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).format())
        .isEqualTo("m.yaml:3:3: warning[every-tap]: tap 'tap1' exists\n  hint: remove tap1");
    assertThat(found.get(2).format())
        .isEqualTo("m.yaml:5:10: error[every-mac]: MAC 01:00:00:00:00:01");
  }

  @Test
  void findingsKeepTheMessageIdAndDataForTestsToAssert() {
    var found = LINTER.findings(parse(TWO_TAPS_AND_A_MAC), Set.of("every-mac"));
    assertThat(found)
        .extracting(f -> f.rule().id() + "/" + f.messageId() + " " + f.data())
        .containsExactly("every-tap/tap {tap=tap1}", "every-tap/tap {tap=tap0}");
  }

  @Test
  void theLinterReportsAnUnknownIdInLintDisableItself() {
    var found = LINTER.lint(parse("version: 1\nlint:\n  disable: [every-tapp]\n"));
    assertThat(found)
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .isEqualTo(
                        "m.yaml:3:13: error[disabled-rule-exists]: lint.disable names an unknown rule 'every-tapp'\n"
                            + "  hint: did you mean 'every-tap'? `netgen rules` lists every rule id"));
  }

  @Test
  void theLintersOwnRuleComesLastAndOnlyTheCommandLineCanDisableIt() {
    assertThat(LINTER.ids()).containsExactly("every-mac", "every-tap", "disabled-rule-exists");
    var model = parse("version: 1\nlint:\n  disable: [no-such-rule, disabled-rule-exists]\n");
    assertThat(LINTER.findings(model, Set.of()))
        .extracting(f -> f.rule().id() + "/" + f.messageId())
        .containsExactly("disabled-rule-exists/unknown", "disabled-rule-exists/safety");
    assertThat(LINTER.lint(model, Set.of("disabled-rule-exists"))).isEmpty();
  }

  @Test
  void aModelCannotDisableASafetyRuleAndIsToldSoAtTheEntry() {
    var found =
        LINTER.lint(parse(TWO_TAPS_AND_A_MAC + "lint:\n  disable: [every-mac, every-tap]\n"));
    assertThat(found)
        .extracting(d -> d.at().line() + ":" + d.at().column() + " " + d.code())
        .containsExactly("5:10 every-mac", "7:13 disabled-rule-exists");
    assertThat(found.get(1).format())
        .startsWith(
            "m.yaml:7:13: error[disabled-rule-exists]: lint.disable names 'every-mac', a safety rule:")
        .contains("hint: fix what it reports; only the command line can switch it off");
  }

  @Test
  void aMessageIdTheRuleDoesNotDeclareFailsAtTheReport() {
    Rule wrong =
        new Rule(
            "wrong",
            Rule.Kind.ADVICE,
            Severity.ERROR,
            "reports an undeclared message",
            new Message("declared", "x", "y")) {
          @Override
          public void check(Model model, Wiring wiring, Reporter reporter) {
            reporter.report(new Position(model.source(), 1, 1), "undeclared", Map.of());
          }
        };
    assertThatThrownBy(() -> new Linter(List.of(wrong)).lint(parse("version: 1\n")))
        .hasMessage("rule wrong has no message undeclared; it declares [declared]");
  }
}
