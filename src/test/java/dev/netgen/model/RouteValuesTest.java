package dev.netgen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammars of an MTU and a metric, at their edges, and a route as ip(8) reads it. */
class RouteValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"68", "1500", "9000", "65535"})
  void mtusInRange(String text) throws InvalidValueException {
    assertThat(Mtu.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "67", "65536", "01500", "1500 ", "-1", "1e3", "99999999999"})
  void mtusOutOfRangeOrBadlyWritten(String text) {
    assertThatThrownBy(() -> Mtu.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("invalid MTU");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "100", "4294967295"})
  void metricsInRange(String text) throws InvalidValueException {
    assertThat(Metric.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "4294967296", "00", "010", "-1", "1.5", "12345678901"})
  void metricsOutOfRangeOrBadlyWritten(String text) {
    assertThatThrownBy(() -> Metric.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("invalid metric");
  }

  @org.junit.jupiter.api.Test
  void aRouteInIpsWords() throws InvalidValueException {
    var at = new Position("m.yaml", 1, 1);
    var route =
        new Route(
            new Located<>(Cidr.parse("10.0.0.0/8"), at),
            new Located<>(Ipv4.parse("192.168.1.1"), at),
            java.util.Optional.empty(),
            at);
    assertThat(route.ipWords()).isEqualTo("10.0.0.0/8 via 192.168.1.1");
    assertThat(route.effectiveMetric()).isEqualTo(Metric.NONE);
    var ranked =
        new Route(
            route.to(),
            route.via(),
            java.util.Optional.of(new Located<>(Metric.parse("10"), at)),
            at);
    assertThat(ranked.ipWords()).isEqualTo("10.0.0.0/8 via 192.168.1.1 metric 10");
  }
}
