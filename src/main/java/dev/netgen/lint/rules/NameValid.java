package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** name-valid: device names the kernel accepts and that mean what they say. */
public final class NameValid extends Rule {
  private static final int IFNAMSIZ_BYTES = 15;
  private static final Set<String> RESERVED = Set.of("all", "default");

  public NameValid() {
    super(
        "name-valid",
        Severity.ERROR,
        "device names are 1-15 bytes of letters, digits, '_', '.', '-', start with a letter, and are not 'all', 'default' or a '%' template",
        new Message(
            "template",
            "{{kind}} name '{{name}}' contains '%', which the kernel treats as a template (tap%d becomes tap0, tap1, ...)",
            "write the exact name, e.g. tap0"),
        new Message(
            "reserved",
            "{{kind}} name '{{name}}' is reserved: the kernel refuses 'all' and 'default' (they name net.ipv4.conf.all and .default)",
            "choose another name, e.g. br0"),
        new Message(
            "too-long",
            "{{kind}} name '{{name}}' is {{bytes}} bytes long; the kernel allows at most 15 (IFNAMSIZ)",
            "shorten it to 15 characters or fewer, e.g. {{shorter}}"),
        new Message(
            "first-not-letter",
            "{{kind}} name '{{name}}' does not start with a letter",
            "start the name with a letter, e.g. br0 or tap0"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var device : wiring.devices()) {
      String name = device.name().value().text();
      problem(name)
          .ifPresent(
              messageId ->
                  reporter.report(
                      device.name().at(),
                      messageId,
                      Map.of(
                          "kind",
                          device.kind(),
                          "name",
                          name,
                          "bytes",
                          name.length(),
                          "shorter",
                          name.substring(0, Math.min(name.length(), 6)) + "0")));
    }
  }

  /**
   * The first thing wrong with a name. Names reach lint as IfNames, whose grammar admits only ASCII
   * letters, digits and _ . % - (so a byte is a character) and no empty name.
   */
  private static Optional<String> problem(String name) {
    if (name.indexOf('%') >= 0) {
      return Optional.of("template");
    }
    if (RESERVED.contains(name)) {
      return Optional.of("reserved");
    }
    if (name.length() > IFNAMSIZ_BYTES) {
      return Optional.of("too-long");
    }
    char first = name.charAt(0);
    return (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')
        ? Optional.empty()
        : Optional.of("first-not-letter");
  }
}
