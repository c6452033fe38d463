package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** name-valid: device names the kernel accepts and that mean what they say. */
public final class NameValid implements Rule {
  private static final int IFNAMSIZ_BYTES = 15;
  private static final Set<String> RESERVED = Set.of("all", "default");
  private static final Pattern LEADING_LETTER = Pattern.compile("[A-Za-z].*");
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]+");

  @Override
  public String id() {
    return "name-valid";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "device names are 1-15 bytes of letters, digits, '_', '.', '-', start with a letter, and are not 'all', 'default' or a '%' template";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        The kernel keeps a device name in IFNAMSIZ = 16 bytes including the final NUL, so a name
        has at most 15 bytes; `ip link add` refuses a longer one, and QEMU silently truncates
        ifname= to 15 characters, so it would open a different tap. 'all' and 'default' are
        refused because they name the sysctl directories net.ipv4.conf.all and .default. A '%'
        makes the name a template: the kernel replaces %d with the first free number (tap%d
        becomes tap0), so the device would not be called what every other file says.

        netgen also asks for a leading letter and only letters, digits, '_', '.' and '-': the
        kernel accepts more (a leading '-', UTF-8), but such names break command lines and config
        files, and '.' is best kept for VLANs (eth0.10).
        """,
        """
        version: 1
        taps:
          tap-for-windows-guest: {}
        """,
        """
        version: 1
        taps:
          tap-win7: {}
        bridges:
          br0:
            ports: [tap-win7]
        guests:
          vm1:
            nics:
              - tap: tap-win7
                mac: 52:54:00:00:00:01
        """);
  }

  @Override
  public void check(Model model, DiagnosticSink sink) {
    for (var device : Topology.of(model).devices()) {
      String name = device.name().value().text();
      problem(name)
          .ifPresent(p -> sink.report(device.name().at(), device.kind() + " name '" + name + "' " + p[0], p[1]));
    }
  }

  /** The first thing wrong with a name: {what is wrong, how to fix it}. */
  static Optional<String[]> problem(String name) {
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (name.indexOf('%') >= 0) {
      return Optional.of(new String[] {
        "contains '%', which the kernel treats as a template (tap%d becomes tap0, tap1, ...)",
        "write the exact name, e.g. tap0"});
    }
    if (RESERVED.contains(name)) {
      return Optional.of(new String[] {
        "is reserved: the kernel refuses 'all' and 'default' (they name net.ipv4.conf.all and .default)",
        "choose another name, e.g. br0"});
    }
    if (bytes > IFNAMSIZ_BYTES) {
      return Optional.of(new String[] {
        "is " + bytes + " bytes long; the kernel allows at most 15 (IFNAMSIZ)",
        "shorten it to 15 characters or fewer, e.g. " + name.substring(0, Math.min(name.length(), 6)) + "0"});
    }
    if (!LEADING_LETTER.matcher(name).matches()) {
      return Optional.of(new String[] {"does not start with a letter", "start the name with a letter, e.g. br0 or tap0"});
    }
    if (!ALLOWED.matcher(name).matches()) {
      return Optional.of(new String[] {
        "has characters other than letters, digits, '_', '.' and '-'", "use letters, digits, '_', '.' and '-' only"});
    }
    return Optional.empty();
  }
}
