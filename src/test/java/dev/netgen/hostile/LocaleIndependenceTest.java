package dev.netgen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * netgen's output does not depend on the host's locale: the same transcript ({@link
 * LocaleTranscript}) comes out byte for byte under en-US, tr-TR (dotless and dotted i in case
 * conversion) and ar-EG (Arabic-Indic digits in number formatting). Each locale runs in its own
 * JVM, started with -Duser.language and -Duser.country as a host with that locale would start it.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LocaleIndependenceTest {
  @Test
  void turkishAndArabicLocalesGiveByteIdenticalOutput() throws Exception {
    String english = transcript("en", "US");

    assertThat(english).startsWith("# default locale en-US\n");
    assertThat(english)
        .contains("=== netgen lint fixtures/nat/model.yaml --format sarif\nexit: 0\n");
    assertThat(english).contains("error[name-valid]").contains("error[load]");
    assertThat(english)
        .contains(
            "=== netgen render fixtures/nat/model.yaml --stdout --force --target gentoo\nexit: 0\n");
    assertThat(english)
        .contains("forward_delay 0.05 s")
        .contains("==> /etc/dnsmasq.netgen.conf <==");
    for (String[] locale : List.of(new String[] {"tr", "TR"}, new String[] {"ar", "EG"})) {
      String other = transcript(locale[0], locale[1]);
      String header = "# default locale " + locale[0] + "-" + locale[1] + "\n";
      assertThat(other).as("the child really ran under %s", header.strip()).startsWith(header);
      assertSameLines(
          english.substring(english.indexOf('\n') + 1),
          other.substring(other.indexOf('\n') + 1),
          header.strip());
    }
  }

  /** Compares line by line first, so a failure names the first command whose output differs. */
  private static void assertSameLines(String expected, String actual, String locale) {
    var want = expected.split("\n", -1);
    var got = actual.split("\n", -1);
    String command = "";
    for (int i = 0; i < Math.min(want.length, got.length); i++) {
      if (want[i].startsWith("=== ")) {
        command = want[i];
      }
      assertThat(got[i])
          .as("%s: line %d, in the output of %s", locale, i + 2, command)
          .isEqualTo(want[i]);
    }
    assertThat(actual).as(locale).isEqualTo(expected);
  }

  private static String transcript(String language, String country)
      throws IOException, InterruptedException {
    var process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + language,
                "-Duser.country=" + country,
                "-cp",
                System.getProperty("java.class.path"),
                LocaleTranscript.class.getName())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("%s-%s transcript exit code", language, country).isZero();
    return out;
  }
}
