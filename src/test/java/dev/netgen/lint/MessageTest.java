package dev.netgen.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTest {
  @Test
  void fillsEveryPlaceholderAndLeavesSingleBracesAlone() {
    assertThat(
            Message.format(
                "use nat: {uplink: {{port}}} on {{bridge}}, not {{port}}",
                Map.of("port", "wlan0", "bridge", "br0")))
        .isEqualTo("use nat: {uplink: wlan0} on br0, not wlan0");
  }

  @Test
  void aPlaceholderWithoutDataIsAMistakeInTheRule() {
    assertThatThrownBy(() -> Message.format("tap {{tap}}", Map.of("tab", "tap0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no data for {{tap}} in \"tap {{tap}}\"");
  }
}
