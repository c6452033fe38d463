package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.diag.Suggest;
import dev.netgen.lint.DiagnosticSink;
import dev.netgen.lint.Explanation;
import dev.netgen.lint.Rule;
import dev.netgen.lint.Topology;
import dev.netgen.model.Model;
import dev.netgen.model.NicModel;
import java.util.TreeSet;

/** nic-model-known: a guest NIC model that every QEMU build for PCs has. */
public final class NicModelKnown implements Rule {
  @Override
  public String id() {
    return "nic-model-known";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a guest NIC's model is one that every QEMU PC build has (virtio-net-pci, e1000, e1000e, rtl8139, ...)";
  }

  @Override
  public Explanation explanation() {
    return new Explanation(
        """
        QEMU exits at once when -device names a model it does not have ("Device 'e1000x' not
        found"), and the guest never starts. The loader checks only that the model looks like a
        device name. virtio-net-pci, e1000, e1000e, rtl8139 and a few others are in every build
        with a PC machine; anything else depends on how QEMU was built, or is a typo.

        A warning, because a QEMU build can have more models (e1000-82545em, virtio-net-pci-non-
        transitional, usb-net): check with `qemu-system-x86_64 -device help`, and disable the rule
        for a model that uses such a device on purpose.
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
                model: e1000x
        """,
        """
        version: 1
        taps:
          tap0: {}
        bridges:
          br0:
            ports: [tap0]
        guests:
          vm1:
            nics:
              - tap: tap0
                mac: 52:54:00:00:00:01
                model: e1000
        """);
  }

  @Override
  public void check(Model model, Topology topology, DiagnosticSink sink) {
    var common = new TreeSet<>(NicModel.COMMON);
    for (var nic : topology.guestNics()) {
      nic.nic().model().filter(m -> !common.contains(m.value().text())).ifPresent(m -> {
        String suggestion = Suggest.closest(m.value().text(), common).map(s -> "did you mean '" + s + "'? ").orElse("");
        sink.report(
            m.at(),
            "NIC model '" + m.value() + "' of " + nic.label() + " is not one every QEMU build has",
            suggestion + "common models: " + String.join(", ", common) + "; `qemu-system-x86_64 -device help` lists this build's");
      });
    }
  }
}
