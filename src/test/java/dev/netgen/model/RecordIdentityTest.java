package dev.netgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ipv4, Mac, Cidr and OutputPath write out equals and hashCode (to skip the invokedynamic linking
 * of the generated ones at start-up). They must give what a record's generated ones give: a record
 * with the same components, compared the generated way, is the reference.
 */
class RecordIdentityTest {
  private record GeneratedInt(int bits) {}

  private record GeneratedLong(long bits) {}

  private record GeneratedPair(Ipv4 address, int prefix) {}

  private record GeneratedText(String relative) {}

  @Test
  void equalsAndHashCodeMatchTheGeneratedOnes() {
    var random = new Random(11);
    for (int i = 0; i < 10_000; i++) {
      int a = random.nextInt();
      int b = random.nextInt(4) == 0 ? a : random.nextInt();
      assertThat(new Ipv4(a).hashCode()).isEqualTo(new GeneratedInt(a).hashCode());
      assertThat(new Ipv4(a).equals(new Ipv4(b)))
          .isEqualTo(new GeneratedInt(a).equals(new GeneratedInt(b)));

      long m = random.nextLong() & 0xffff_ffff_ffffL;
      long n = random.nextInt(4) == 0 ? m : random.nextLong() & 0xffff_ffff_ffffL;
      assertThat(new Mac(m).hashCode()).isEqualTo(new GeneratedLong(m).hashCode());
      assertThat(new Mac(m).equals(new Mac(n)))
          .isEqualTo(new GeneratedLong(m).equals(new GeneratedLong(n)));

      int p = random.nextInt(33);
      int q = random.nextInt(4) == 0 ? p : random.nextInt(33);
      assertThat(new Cidr(new Ipv4(a), p).hashCode())
          .isEqualTo(new GeneratedPair(new Ipv4(a), p).hashCode());
      assertThat(new Cidr(new Ipv4(a), p).equals(new Cidr(new Ipv4(b), q)))
          .isEqualTo(new GeneratedPair(new Ipv4(a), p).equals(new GeneratedPair(new Ipv4(b), q)));

      String s = "etc/x" + random.nextInt(50);
      String t = "etc/x" + random.nextInt(50);
      assertThat(new OutputPath(s).hashCode()).isEqualTo(new GeneratedText(s).hashCode());
      assertThat(new OutputPath(s).equals(new OutputPath(t)))
          .isEqualTo(new GeneratedText(s).equals(new GeneratedText(t)));
    }
    assertThat(new Ipv4(1)).isNotEqualTo(null).isNotEqualTo(new Mac(1));
  }
}
