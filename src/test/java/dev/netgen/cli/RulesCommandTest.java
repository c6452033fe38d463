package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.lint.rules.RuleRegistry;
import dev.netgen.testing.CliRun;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  @Test
  void listsEveryRuleInAlignedColumns() {
    var run = CliRun.run("rules");
    assertThat(run.exit()).isZero();
    var lines = run.out().lines().toList();
    assertThat(lines).hasSize(RuleRegistry.linter().rules().size());
    int severityColumn = lines.get(0).indexOf("error");
    for (var rule : RuleRegistry.linter().rules()) {
      assertThat(lines)
          .anySatisfy(
              l -> {
                assertThat(l).startsWith(rule.id() + " ");
                assertThat(l.indexOf(rule.severity().id(), rule.id().length()))
                    .isEqualTo(severityColumn);
                assertThat(l).endsWith(rule.summary());
              });
    }
  }

  @Test
  void explainsOneRuleWithBadAndFixedExamples() {
    var run = CliRun.run("rules", "stp-timer-range");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("stp-timer-range (error, advice)\nwith stp on, forward_delay is 2-30 s")
        .contains("setfd 0 stp on sethello 1")
        .contains("Bad:\n  version: 1\n")
        .contains("    forward_delay: 0\n")
        .contains("Fixed:\n  version: 1\n")
        .contains("    forward_delay: 2\n");
  }

  @Test
  void unknownRuleIsExitTwoWithDidYouMean() {
    var run = CliRun.run("rules", "unused-taps");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "netgen: unknown rule 'unused-taps'; did you mean 'unused-tap'? (`netgen rules` lists them)\n");
  }
}
