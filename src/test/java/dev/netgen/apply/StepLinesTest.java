package dev.netgen.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.write.WriteReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines apply prints for a step, a failed one with its output, and the summary. */
class StepLinesTest {
  private final Step ifup = Step.of("br0: stanza added", "ifup", "br0");

  @Test
  void aStepThatRanIsOneLine() {
    assertThat(StepLines.ran(ifup, new StepRunner.Result(0, "ignored")))
        .containsExactly("ok         ifup br0  # br0: stanza added");
  }

  @Test
  void aFailedStepSaysItsStatusAndShowsItsOutputEscaped() {
    assertThat(StepLines.ran(ifup, new StepRunner.Result(1, "no lease\nbad \u001b[31mcolour")))
        .containsExactly(
            "failed     ifup br0  # br0: stanza added: exit 1",
            "           | no lease",
            "           | bad \\u001b[31mcolour");
  }

  @Test
  void theSummaryCountsStepsAndFailures() {
    var none = new WriteReport(List.of(), List.of());
    var ok = new Apply.Outcome(ifup, new StepRunner.Result(0, ""));
    var bad = new Apply.Outcome(ifup, new StepRunner.Result(124, ""));

    assertThat(StepLines.summary(new Apply.Report(none, List.of(ok))))
        .isEqualTo("apply: 1 step, 0 failed");
    assertThat(StepLines.summary(new Apply.Report(none, List.of(ok, bad))))
        .isEqualTo("apply: 2 steps, 1 failed");
  }

  @Test
  void aCommandWordIsQuotedAsAShellWouldNeedIt() {
    assertThat(StepLines.planned(Step.of("why", "/etc/netgen/iptables.sh", "start", "a b")))
        .isEqualTo("would run  /etc/netgen/iptables.sh start 'a b'  # why");
  }
}
