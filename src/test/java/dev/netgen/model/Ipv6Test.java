package dev.netgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical text (RFC 5952 section 4) and the prefix arithmetic of the IPv6 value types. */
class Ipv6Test {
  @ParameterizedTest
  @CsvSource({
    "::, ::",
    "0:0:0:0:0:0:0:1, ::1",
    "FD00:0001:0000:0000:0000:0000:0000:0001, fd00:1::1",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
    "1:0:0:0:0:0:0:0, 1::",
    "fe80::0:0:1, fe80::1",
    "2001:DB8::AbCd, 2001:db8::abcd",
    "0:0:0:0:0:0:0:8, ::8",
    "1:2:3:4:5:6:7:0, 1:2:3:4:5:6:7:0",
  })
  void printsTheOneCanonicalText(String written, String canonical) throws Exception {
    assertThat(Ipv6.parse(written).toString()).isEqualTo(canonical);
    assertThat(Ipv6.parse(canonical)).isEqualTo(Ipv6.parse(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"::ffff:1.2.3.4", "fe80::1%eth0", ":::", "1::2::3", "fd00::g", " ::1"})
  void refusesWhatIsNotAPlainAddress(String text) {
    assertThatThrownBy(() -> Ipv6.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("invalid IPv6 address");
  }

  @Test
  void prefixArithmetic() throws Exception {
    var bridge = Cidr6.parse("fd00:1:0:0:1::1/64");
    assertThat(bridge.subnet().toString()).isEqualTo("fd00:1::/64");
    assertThat(bridge.isNetwork()).isFalse();
    assertThat(bridge.contains(Ipv6.parse("fd00:1::ffff"))).isTrue();
    assertThat(bridge.contains(Ipv6.parse("fd00:2::1"))).isFalse();
    assertThat(Cidr6.parse("fd00:1::/48").overlaps(bridge)).isTrue();
    assertThat(bridge.overlaps(Cidr6.parse("fd00:1::/48"))).isTrue();
    assertThat(Cidr6.parse("fd00:2::/64").overlaps(bridge)).isFalse();
    assertThat(Cidr6.parse("fd00::1/128").subnet().toString()).isEqualTo("fd00::1/128");
    assertThat(Cidr6.parse("fd00::1/0").subnet().toString()).isEqualTo("::/0");
    assertThat(Cidr6.parse("fd00::1/72").contains(Ipv6.parse("fd00::100:0:0:1"))).isFalse();
  }

  @Test
  void knowsLinkLocalAndUniqueLocal() throws Exception {
    assertThat(Ipv6.parse("fe80::1").linkLocal()).isTrue();
    assertThat(Ipv6.parse("febf::1").linkLocal()).isTrue();
    assertThat(Ipv6.parse("fec0::1").linkLocal()).isFalse();
    assertThat(Ipv6.parse("fd12::1").uniqueLocal()).isTrue();
    assertThat(Ipv6.parse("fc00::1").uniqueLocal()).isTrue();
    assertThat(Ipv6.parse("fe00::1").uniqueLocal()).isFalse();
    assertThat(Ipv6.parse("2001:db8::1").uniqueLocal()).isFalse();
  }
}
