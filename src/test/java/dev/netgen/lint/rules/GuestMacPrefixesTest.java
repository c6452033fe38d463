package dev.netgen.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.model.InvalidValueException;
import dev.netgen.model.Mac;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The MAC ranges guest-mac-local accepts and guest-mac-not-qemu-default warns on. */
class GuestMacPrefixesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "52:54:00:01:02:03",
        "bc:24:11:01:02:03",
        "00:16:3e:01:02:03",
        "08:00:27:01:02:03",
        "00:50:56:01:02:03",
        "00:0c:29:01:02:03",
        "00:15:5d:01:02:03"
      })
  void theVirtualisationVendorsPrefixesAreForGuests(String mac) throws InvalidValueException {
    assertThat(GuestMacLocal.forGuests(Mac.parse(mac))).isTrue();
  }

  @Test
  void everyPrefixOfTheTableIsListedAboveAndNoOtherIsForGuests() throws InvalidValueException {
    assertThat(GuestMacLocal.GUEST_PREFIXES).hasSize(7);
    assertThat(GuestMacLocal.forGuests(Mac.parse("00:26:c6:21:cf:02"))).isFalse();
    assertThat(GuestMacLocal.forGuests(Mac.parse("bc:24:12:01:02:03"))).isFalse();
    assertThat(GuestMacLocal.forGuests(Mac.parse("00:15:5c:01:02:03"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "52:54:00:12:34:56",
        "52:54:00:12:34:57",
        "52:54:00:12:34:fe",
        "52:54:00:12:34:ff"
      })
  void qemuHandsOutTheLastOctetFrom56Up(String mac) throws InvalidValueException {
    assertThat(Mac.parse(mac).qemuDefault()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "52:54:00:12:34:55",
        "52:54:00:12:34:00",
        "52:54:00:12:35:56",
        "53:54:00:12:34:56"
      })
  void otherAddressesAreNoQemuDefault(String mac) throws InvalidValueException {
    assertThat(Mac.parse(mac).qemuDefault()).isFalse();
  }
}
