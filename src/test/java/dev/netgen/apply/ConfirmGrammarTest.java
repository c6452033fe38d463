package dev.netgen.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netgen.diag.NetgenException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two values of a confirm window that reach the host: the duration and the probes. */
class ConfirmGrammarTest {

  @Test
  void aWindowIsAWholeNumberAndAUnit() {
    assertThat(ConfirmWindow.parse("90s").length()).isEqualTo(Duration.ofSeconds(90));
    assertThat(ConfirmWindow.parse("2m").length()).isEqualTo(Duration.ofMinutes(2));
    assertThat(ConfirmWindow.parse("1h").length()).isEqualTo(Duration.ofHours(1));
    assertThat(ConfirmWindow.parse("5s").length()).isEqualTo(ConfirmWindow.SHORTEST);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2",
        "4s",
        "61m",
        "2h",
        "1m30s",
        "090s",
        "-5s",
        "5 s",
        "5S",
        "1d",
        "99999999s"
      })
  void anythingElseIsRefusedAsBadUsage(String text) {
    assertThatThrownBy(() -> ConfirmWindow.parse(text))
        .isInstanceOf(NetgenException.class)
        .hasMessageStartingWith("--confirm-within: ")
        .satisfies(e -> assertThat(((NetgenException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void aProbeIsAHostOrAHostAndPort() {
    assertThat(ProbeTarget.parse("192.0.2.10")).isEqualTo(new ProbeTarget.Icmp("192.0.2.10"));
    assertThat(ProbeTarget.parse("admin.example")).isEqualTo(new ProbeTarget.Icmp("admin.example"));
    assertThat(ProbeTarget.parse("fd00::10")).isEqualTo(new ProbeTarget.Icmp("fd00::10"));
    assertThat(ProbeTarget.parse("192.0.2.10:22")).isEqualTo(new ProbeTarget.Tcp("192.0.2.10", 22));
    assertThat(ProbeTarget.parse("[fd00::10]:22")).isEqualTo(new ProbeTarget.Tcp("fd00::10", 22));
    assertThat(ProbeTarget.parse("[fd00::10]:22").text()).isEqualTo("[fd00::10]:22");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-c1",
        "-f",
        "host:0",
        "host:65536",
        "host:22x",
        "host:",
        ":22",
        "a b",
        "a;reboot",
        "$(reboot)",
        "256.1.1.1",
        "fd00::10:22x",
        "[fd00::10]",
        "[fd00::zz]:22",
        "[host]:22",
        "a..b",
        "-host.example",
        "host-.example",
        "a\nb",
        "1.2.3.4:22:33"
      })
  void hostileOrMalformedProbesAreRefused(String text) {
    assertThatThrownBy(() -> ProbeTarget.parse(text))
        .isInstanceOf(NetgenException.class)
        .hasMessageStartingWith("--probe: ");
  }
}
