package dev.netgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.text.Text;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values print the same under any default locale: they go into config files, where "0.٠٥" (Arabic
 * digits) or "TİTLE" (Turkish dotted I) would be a different value or a syntax error.
 */
class LocaleIndependenceTest {
  private Locale saved;

  @BeforeEach
  void remember() {
    saved = Locale.getDefault();
  }

  @AfterEach
  void restore() {
    Locale.setDefault(saved);
  }

  @Test
  void printsFractionalSecondsWithAsciiDigitsUnderArabicLocale() throws Exception {
    Locale.setDefault(Locale.forLanguageTag("ar-EG"));
    assertThat(Seconds.parse("0.05").toString()).isEqualTo("0.05");
    assertThat(Seconds.parse("1.25").toString()).isEqualTo("1.25");
  }

  @Test
  void printsMacsAndAddressesInAsciiUnderLocalesWithOtherDigits() throws Exception {
    for (String tag : new String[] {"ar-EG", "fa-IR", "mr-IN", "th-TH-u-nu-thai", "tr-TR"}) {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertThat(Mac.parse("0A:1b:2C:3d:4E:5f").toString()).as(tag).isEqualTo("0a:1b:2c:3d:4e:5f");
      assertThat(Cidr.parse("172.16.1.1/24").toString()).as(tag).isEqualTo("172.16.1.1/24");
      assertThat(Text.forMessage("a\u0130")).as(tag).isEqualTo("'a\\u0130'");
    }
  }

  @Test
  void readsUpperCaseNamesTheSameUnderTurkishLocale() throws Exception {
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    assertThat(Domain.parse("VM.LAN").toString()).isEqualTo("vm.lan");
    assertThat(Domain.parse("DEBIAN-II").toString()).isEqualTo("debian-ii");
  }
}
