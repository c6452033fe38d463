package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Distro;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * no-vlan-on-gentoo: a device named like a VLAN (eth0.10) on a Gentoo host. netifrc creates a VLAN
 * only from vlans_PARENT inside the parent's running service, which netgen does not render: the
 * name would stay a device nobody creates.
 */
public final class NoVlanOnGentoo extends Rule {
  /** PARENT.ID, the name netifrc and the kernel's vlan naming give a VLAN. */
  static final Pattern VLAN = Pattern.compile("(.+)\\.([0-9]+)");

  public NoVlanOnGentoo() {
    super(
        "no-vlan-on-gentoo",
        Kind.SAFETY,
        Severity.ERROR,
        "on a Gentoo host, no device is named like a VLAN (eth0.10): netgen does not create VLANs for"
            + " netifrc",
        new Message(
            "vlan-name",
            "{{kind}} '{{device}}' is named like VLAN {{id}} on {{parent}}, which netgen's Gentoo files do"
                + " not create: nothing would bring {{device}} into existence at boot",
            "leave the VLAN out of the model and create it in /etc/conf.d/net.local"
                + " (vlans_{{parent}}=\"{{id}}\" on a started net.{{parent}}), or rename the device"
                + " without '.'"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    if (model.distro().filter(d -> d == Distro.GENTOO).isEmpty()) {
      return;
    }
    for (var device : wiring.devices()) {
      var vlan = VLAN.matcher(device.name().value().text());
      if (vlan.matches()) {
        reporter.report(
            device.name().at(),
            "vlan-name",
            Map.of(
                "kind",
                device.kind(),
                "device",
                device.name().value(),
                "parent",
                vlan.group(1),
                "id",
                vlan.group(2)));
      }
    }
  }
}
