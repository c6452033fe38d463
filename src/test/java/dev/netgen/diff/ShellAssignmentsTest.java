package dev.netgen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The names a shell file sets, read without running it. */
class ShellAssignmentsTest {
  @Test
  void findsAssignmentsArraysAppendsExportsAndFunctionsAtLineStart() {
    var found =
        ShellAssignments.of(
            """
        # config_commented="x"
        config_eth0="dhcp"
        \tbridge_br0="eth0"
        config_wlan0=("dhcp")
        dns_servers+=" 1.1.1.1"
        export rc_need="net.eth0"
        readonly mac_eth0="52:54:00:00:00:01"
        preup() {
        postup ()
        function predown {
        """);
    assertThat(found)
        .extracting(ShellAssignments.Assignment::name, ShellAssignments.Assignment::line)
        .containsExactly(
            tuple("config_eth0", 2),
            tuple("bridge_br0", 3),
            tuple("config_wlan0", 4),
            tuple("dns_servers", 5),
            tuple("rc_need", 6),
            tuple("mac_eth0", 7),
            tuple("preup", 8),
            tuple("postup", 9),
            tuple("predown", 10));
  }

  @Test
  void ignoresCommandsComparisonsAndNamesThatStartWithADigit() {
    assertThat(
            ShellAssignments.of(
                """
        echo config_eth0="x"
        [ "$a" = b ]
        if [ -r x ]; then
        1abc=2
        config_eth0 = "spaced is a command"
        =x
        """))
        .isEmpty();
  }
}
