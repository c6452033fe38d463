package dev.netgen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The value types check their grammars by hand (see Ascii); each must accept exactly what its
 * regular expression accepts. Every type is fed edge cases and 20,000 random strings drawn from the
 * characters that matter to it.
 */
class GrammarTest {
  @FunctionalInterface
  interface Parser {
    Object parse(String text) throws InvalidValueException;
  }

  record Grammar(String name, String regex, Parser parser, String alphabet, List<String> edges) {}

  /** RFC 4291's text forms without the dotted IPv4 tail, H standing for 1-4 hex digits. */
  private static final String IPV6 =
      "(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|([0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,5}(:[0-9A-Fa-f]{1,4}){1,2}|([0-9A-Fa-f]{1,4}:){1,4}(:[0-9A-Fa-f]{1,4}){1,3}|([0-9A-Fa-f]{1,4}:){1,3}(:[0-9A-Fa-f]{1,4}){1,4}|([0-9A-Fa-f]{1,4}:){1,2}(:[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(:[0-9A-Fa-f]{1,4}){1,6}|:((:[0-9A-Fa-f]{1,4}){1,7}|:))";

  private static final List<Grammar> GRAMMARS =
      List.of(
          new Grammar(
              "IfName",
              "[A-Za-z0-9_.%-]{1,64}",
              IfName::parse,
              "aZ09_.%-/: é\n",
              List.of("", "a", "x".repeat(64), "x".repeat(65), "eth0.10", "tap%d", "br 0")),
          new Grammar(
              "GuestName",
              "[A-Za-z0-9][A-Za-z0-9_.-]{0,62}",
              GuestName::parse,
              "aZ09_.-/%",
              List.of("", "a", "_a", ".a", "a".repeat(63), "a".repeat(64), "win7")),
          new Grammar(
              "UnixName",
              "[a-z_][a-z0-9_-]{0,31}|[0-9]{1,10}",
              UnixName::parse,
              "az09_-A",
              List.of(
                  "",
                  "_",
                  "qemu",
                  "-q",
                  "q".repeat(32),
                  "q".repeat(33),
                  "1234567890",
                  "12345678901",
                  "0q")),
          new Grammar(
              "Mac",
              "[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}",
              Mac::parse,
              "09afAFgG:-",
              List.of(
                  "",
                  "52:54:00:12:34:56",
                  "52-54-00-12-34-56",
                  "52:54-00:12:34:56",
                  "52:54:00:12:34:5",
                  "52:54:00:12:34:567")),
          new Grammar(
              "Ipv4",
              "(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}",
              Ipv4::parse,
              "0125.9",
              List.of(
                  "",
                  "0.0.0.0",
                  "255.255.255.255",
                  "256.0.0.1",
                  "010.0.0.1",
                  "1.2.3",
                  "1.2.3.4.",
                  ".1.2.3",
                  "1..2.3",
                  "1.2.3.4.5",
                  "999.1.1.1")),
          new Grammar(
              "Cidr",
              "(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}/([0-9]|[12][0-9]|3[0-2])",
              Cidr::parse,
              "0123.9/",
              List.of(
                  "",
                  "10.0.0.1/24",
                  "10.0.0.1/",
                  "10.0.0.1/33",
                  "10.0.0.1/032",
                  "10.0.0.1/00",
                  "10.0.0.1/0",
                  "10.0.0.1/24/1",
                  "/24")),
          new Grammar(
              "Ipv6",
              IPV6,
              Ipv6::parse,
              "09afAFg:.%/",
              List.of(
                  "",
                  "::",
                  ":::",
                  "::1",
                  "1::",
                  "fd00:1::1",
                  "FD00:0001::0001",
                  "1:2:3:4:5:6:7:8",
                  "1:2:3:4:5:6:7:8:9",
                  "1:2:3:4:5:6:7::",
                  "1:2:3:4:5:6:7:8::",
                  "::2:3:4:5:6:7:8",
                  "1::2::3",
                  "12345::1",
                  "::ffff:1.2.3.4",
                  "fe80::1%eth0",
                  ":1::",
                  "1:")),
          new Grammar(
              "Cidr6",
              IPV6 + "/(0|[1-9][0-9]?|1[01][0-9]|12[0-8])",
              Cidr6::parse,
              "0128af:/",
              List.of(
                  "", "fd00::/64", "fd00::1/128", "fd00::/129", "fd00::/064", "fd00::/", "/64")),
          new Grammar(
              "Seconds",
              "(0|[1-9][0-9]{0,3})(\\.[0-9]{1,2})?",
              Seconds::parse,
              "0129.",
              List.of(
                  "", "0", "00", "2", "1.5", "0.25", "1.", ".5", "9999", "10000", "1.255",
                  "1.2.3")),
          new Grammar(
              "OutputPath",
              "/[A-Za-z0-9_][A-Za-z0-9_.+@-]{0,127}(/[A-Za-z0-9_][A-Za-z0-9_.+@-]{0,127})*",
              OutputPath::parse,
              "/aZ9_.+@-%",
              List.of(
                  "",
                  "/",
                  "/etc/conf.d/net",
                  "etc/x",
                  "//x",
                  "/x/",
                  "/.x",
                  "/x/../y",
                  "/" + "x".repeat(128),
                  "/" + "x".repeat(129),
                  ("/" + "x".repeat(100)).repeat(10) + "/" + "x".repeat(14),
                  ("/" + "x".repeat(100)).repeat(10) + "/" + "x".repeat(15))),
          new Grammar(
              "Lease",
              "[A-Za-z0-9]{1,20}",
              Lease::parse,
              "aZ09 -",
              List.of("", "12h", "infinite", "x".repeat(20), "x".repeat(21))));

  @TestFactory
  Stream<DynamicTest> eachTypeAcceptsExactlyWhatItsRegularExpressionAccepts() {
    return GRAMMARS.stream().map(g -> DynamicTest.dynamicTest(g.name(), () -> check(g)));
  }

  private static void check(Grammar grammar) {
    var pattern = Pattern.compile(grammar.regex());
    var random = new Random(grammar.name().hashCode());
    var inputs = new ArrayList<>(grammar.edges());
    for (int i = 0; i < 20_000; i++) {
      int length = random.nextInt(i % 2 == 0 ? 8 : 24);
      var text = new StringBuilder();
      for (int j = 0; j < length; j++) {
        text.append(grammar.alphabet().charAt(random.nextInt(grammar.alphabet().length())));
      }
      inputs.add(text.toString());
    }
    // strings of the right shape are rare at random: mutate known good ones too
    for (String edge : grammar.edges()) {
      for (int i = 0; i < edge.length(); i++) {
        for (char c : grammar.alphabet().toCharArray()) {
          inputs.add(edge.substring(0, i) + c + edge.substring(i + 1));
        }
      }
    }
    for (String input : inputs) {
      boolean expected = pattern.matcher(input).matches() && inRange(grammar, input);
      assertThat(accepts(grammar, input))
          .as("%s.parse(\"%s\")", grammar.name(), input)
          .isEqualTo(expected);
    }
  }

  /** Ipv4 and Cidr also bound each number to 255, OutputPath its length to 1,024 after the '/'. */
  private static boolean inRange(Grammar grammar, String input) {
    if (grammar.name().equals("OutputPath")) {
      return input.length() <= 1025;
    }
    if (!grammar.name().equals("Ipv4") && !grammar.name().equals("Cidr")) {
      return true;
    }
    String address = input.contains("/") ? input.substring(0, input.indexOf('/')) : input;
    return Stream.of(address.split("\\.")).allMatch(part -> Integer.parseInt(part) <= 255);
  }

  private static boolean accepts(Grammar grammar, String input) {
    try {
      grammar.parser().parse(input);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
