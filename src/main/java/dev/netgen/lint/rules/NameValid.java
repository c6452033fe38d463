package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** name-valid: device names the kernel accepts and that mean what they say. */
public final class NameValid extends Rule {
  private static final int IFNAMSIZ_BYTES = 15;

  /**
   * Names a consuming tool gives a meaning of its own, and why: a device so named would be taken
   * for that meaning (or would take it over) by the tool that reads the generated file.
   */
  private static final Map<String, String> RESERVED = reserved();

  /**
   * netgen's dnsmasq tags are netgen-BRIDGE (render's DnsmasqView); dnsmasq also tags a request
   * with the name of the interface it arrived on, so a bridge named netgen-br0 would get br0's
   * options.
   */
  private static final String OWN_TAG_PREFIX = "netgen-";

  private static final String OWN_TAG_WHY =
      "netgen's dnsmasq tags start with 'netgen-' (netgen-BRIDGE), and dnsmasq tags each request"
          + " with its interface's name, so a device of this name would get another bridge's options";

  public NameValid() {
    super(
        "name-valid",
        Kind.SAFETY,
        Severity.ERROR,
        "device names are 1-15 bytes of letters, digits, '_', '.', '-', start with a letter, are no '%' template and no name a consuming tool reserves (lo, all, default, none, regex, noregex, known, bootp, ...)",
        new Message(
            "template",
            "{{kind}} name '{{name}}' contains '%', which the kernel treats as a template (tap%d becomes tap0, tap1, ...)",
            "write the exact name, e.g. tap0"),
        new Message(
            "reserved",
            "{{kind}} name '{{name}}' is reserved: {{why}}",
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
                          name.substring(0, Math.min(name.length(), 6)) + "0",
                          "why",
                          RESERVED.getOrDefault(name, OWN_TAG_WHY))));
    }
  }

  private static Map<String, String> reserved() {
    String kernel = "the kernel refuses it (net.ipv4.conf.all and .default are sysctl folders)";
    String loopback =
        "it is the loopback device; netifrc's net.lo is the script every net.* service links to,"
            + " and ifupdown configures lo itself";
    String bridgeUtils =
        "bridge-utils reads it in bridge_ports as a keyword (all, none, regex, noregex), so"
            + " ifupdown would enslave other devices than the model says";
    String dnsmasq =
        "dnsmasq sets it as a tag itself on DHCP requests (known, known-othernet, bootp, dhcpv6,"
            + " cpewan-id), so options tagged with the bridge's name would reach other bridges' guests";
    var all = new LinkedHashMap<String, String>();
    all.put("all", kernel + "; bridge-utils also reads it in bridge_ports as 'every device'");
    all.put("default", kernel);
    all.put("lo", loopback);
    all.put("lo0", "netifrc treats it as the loopback device (no 'provide net', no addresses)");
    for (String keyword : List.of("none", "regex", "noregex")) {
      all.put(keyword, bridgeUtils);
    }
    for (String tag : List.of("known", "known-othernet", "bootp", "dhcpv6", "cpewan-id")) {
      all.put(tag, dnsmasq);
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * The first thing wrong with a name. Names reach lint as IfNames, whose grammar admits only ASCII
   * letters, digits and _ . % - (so a byte is a character) and no empty name.
   */
  private static Optional<String> problem(String name) {
    if (name.indexOf('%') >= 0) {
      return Optional.of("template");
    }
    if (RESERVED.containsKey(name) || name.startsWith(OWN_TAG_PREFIX)) {
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
