package dev.netgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MacTest {
  @Test
  void printsLowerCaseHexOctetsJoinedByColons() {
    var random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      long bits = random.nextLong() & 0xffff_ffff_ffffL;
      var expected = new StringBuilder();
      for (int octet = 0; octet < 6; octet++) {
        expected
            .append(octet > 0 ? ":" : "")
            .append(String.format(Locale.ROOT, "%02x", (bits >>> (8 * (5 - octet))) & 0xff));
      }
      assertThat(new Mac(bits)).hasToString(expected.toString());
    }
    assertThat(new Mac(0)).hasToString("00:00:00:00:00:00");
    assertThat(new Mac(0xffff_ffff_ffffL)).hasToString("ff:ff:ff:ff:ff:ff");
  }
}
