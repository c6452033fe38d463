package dev.netgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lease times as dnsmasq 2.90 reads them (checked with dnsmasq -k: "lease time 12h", "14d"). */
class LeaseTest {
  private static long seconds(String text) throws InvalidValueException {
    return Lease.parse(text).seconds().orElse(-1);
  }

  @Test
  void readsUnitsInEitherCaseAsDnsmasqDoes() throws Exception {
    assertThat(seconds("12h")).isEqualTo(43_200);
    assertThat(seconds("12H")).isEqualTo(43_200);
    assertThat(seconds("2W")).isEqualTo(1_209_600);
    assertThat(seconds("30M")).isEqualTo(1_800);
    assertThat(seconds("1D")).isEqualTo(86_400);
    assertThat(seconds("90S")).isEqualTo(90);
  }

  @Test
  void readsInfiniteOnlyInLowerCaseAsDnsmasqDoes() throws Exception {
    assertThat(Lease.parse("infinite").seconds()).hasValue(Long.MAX_VALUE);
    assertThat(Lease.parse("Infinite").seconds()).isEmpty();
    assertThat(Lease.parse("INFINITE").seconds()).isEmpty();
    assertThat(Lease.parse("12hours").seconds()).isEmpty();
  }
}
